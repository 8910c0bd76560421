import nlp from 'compromise/three';

/**
 * compromise, loaded once. The three build is the smallest that names people, places and
 * organisations and conjugates verbs.
 */
export { nlp };
export type Doc = ReturnType<typeof nlp>;

/** compromise's lexicon: lower-case word -> its tag ("north korea" -> Country). */
export const LEXICON: Readonly<Record<string, string>> = (nlp.world() as { model: { one: { lexicon: Record<string, string> } } }).model.one.lexicon;

// Fine Print reads compromise's tags and names, never the noun and verb phrase chunks its last
// step marks: each parse is spared that step.
const world = nlp.world() as { hooks: string[] };
world.hooks = world.hooks.filter((hook) => hook !== 'chunks');
