import { readClaim } from '../lib/claim/index';
import type { ParsedArgs } from './args';
import { linesCommand } from './lines-command';
import type { Output } from './output';

/** Headlines in, the claim each makes out: its kind, parts, stance, relation, figures and names. */
export function claimCommand(args: ParsedArgs, out: Output): Promise<number> {
  return linesCommand(args, out, 'headline', ({ text }) => ({ claim: readClaim(text) }));
}
