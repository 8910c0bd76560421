import { contentTokens } from '../text/tokens';

/**
 * Words a story uses for the same event as its headline: a headline's "killed" is a body's
 * "deaths". Only families a reader would take as the same thing; never loose synonyms.
 */
const FAMILIES: Record<string, string[]> = {
  // "3 demonstrators killed" -> "the three deaths", "fatalities"
  death: ['death', 'deaths', 'dead', 'die', 'died', 'dies', 'dying', 'kill', 'killed', 'kills', 'killing', 'fatal', 'fatality', 'fatalities', 'slain'],
  // "dress stolen" -> "the dress was taken", "the theft"
  theft: ['steal', 'stole', 'stolen', 'steals', 'theft', 'thefts', 'thief', 'thieves', 'burglary', 'robbed', 'robbery'],
  // "to buy Beats" -> "the acquisition of Beats"
  acquisition: ['buy', 'buys', 'bought', 'buying', 'acquire', 'acquires', 'acquired', 'acquiring', 'acquisition', 'takeover', 'purchase', 'purchased'],
  // "will ban" -> "a ban", "prohibit", "outlaw"
  ban: ['ban', 'bans', 'banned', 'banning', 'prohibit', 'prohibits', 'prohibited', 'prohibition', 'outlaw', 'outlawed'],
  // "to lift sanctions" -> "remove", "repeal", "end the embargo"
  lift: ['lift', 'lifts', 'lifted', 'lifting', 'remove', 'removed', 'removing', 'repeal', 'repealed', 'rescind', 'rescinded'],
  // "investigating WeWork" -> "an inquiry", "a probe"
  inquiry: ['investigate', 'investigates', 'investigated', 'investigating', 'investigation', 'inquiry', 'probe', 'probes', 'probing'],
  // "cancels her tour" -> "a cancellation"
  cancel: ['cancel', 'cancels', 'cancelled', 'canceled', 'cancelling', 'canceling', 'cancellation', 'cancellations'],
  // "resigns" -> "resignation"
  resign: ['resign', 'resigns', 'resigned', 'resignation'],
  // "arrested" -> "arrest", "detained"
  arrest: ['arrest', 'arrests', 'arrested', 'detain', 'detained', 'detention'],
  // "sues" -> "lawsuit", "suit"
  sue: ['sue', 'sues', 'sued', 'suing', 'lawsuit', 'lawsuits'],
  // "wins" -> "victory", "won"
  win: ['win', 'wins', 'won', 'winning', 'victory', 'winner'],
  // "layoffs" -> "job cuts", "lay off"
  layoff: ['layoff', 'layoffs', 'redundancies'],
  // "gas explosion" -> "the blast"
  explosion: ['explosion', 'explosions', 'explode', 'exploded', 'explodes', 'blast', 'blasts'],
  // "FDA approved" -> "recommended approval"
  approve: ['approve', 'approves', 'approved', 'approving', 'approval'],
  // "QUITS the band" -> "has not left the band"
  quit: ['quit', 'quits', 'quitting', 'leave', 'leaves', 'leaving', 'left', 'exit', 'exits', 'exited', 'depart', 'departs', 'departed'],
  // "stabbed" -> "stabbing"
  stab: ['stab', 'stabbed', 'stabbing', 'stabbings'],
  // "shot" -> "shooting", "gunman"
  shooting: ['shooting', 'shootings', 'gunfire', 'gunman'],
};

const FAMILY_OF = new Map<string, string>();
for (const [family, members] of Object.entries(FAMILIES)) {
  for (const member of members) for (const token of contentTokens(member)) FAMILY_OF.set(token, `~${family}`);
}

/** The family a content token belongs to ("~death" for "killed"), or null. */
export function familyOf(token: string): string | null {
  return FAMILY_OF.get(token) ?? null;
}

/** Two content tokens are one word or of one family ("killed" and "deaths"). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const family = familyOf(a);
  return family !== null && familyOf(b) === family;
}
