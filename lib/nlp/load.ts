import nlp from 'compromise/three';
import { TAGS, WORDS } from './lexicon';

/**
 * compromise, loaded once with Fine Print's hedge and attribution words. The three build is the
 * smallest that names people, places and organisations and conjugates verbs.
 */
nlp.extend({ tags: TAGS, words: WORDS });

export { nlp };
export type Doc = ReturnType<typeof nlp>;
