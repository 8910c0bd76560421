import { tagCues } from '../lib/cues/tagger';
import type { ParsedArgs } from './args';
import { linesCommand } from './lines-command';
import type { Output } from './output';

/** Texts in, the cues in each out: hedges, plans, conditions, uncertainty, attribution, negation. */
export function cuesCommand(args: ParsedArgs, out: Output): Promise<number> {
  return linesCommand(args, out, 'text', ({ text }) => ({ cues: tagCues(text) }));
}
