import type { Claim, HeadlineStance } from '../types';
import { normalizeText } from '../text/normalize';
import { readAttribution } from './attribution';
import { unTitleCase } from './case';
import { readModality } from './modality';
import { QUOTED_SPANS } from './quotes';
import { ASSERTING_SOURCE_WORDS, STANCE_CUES } from './stance-cues';

/** What the claim reader already knows about a headline that bears on its stance. */
export type StanceSignals = Pick<Claim, 'attribution' | 'question'>;

/**
 * How the headline itself puts its claim: denies when it calls it false ("…is a hoax", "X
 * denies…", "No, X did not…"), reports when it gives it as someone's word, a rumour, a
 * possibility or a question, and otherwise asserts it. `signals` are the claim reader's own
 * (readClaim passes them); without them they are read from the headline, still without a parse.
 */
export function readStance(headline: string, signals: StanceSignals = stanceSignals(headline)): HeadlineStance {
  const text = normalizeText(headline);
  const folded = text.toLowerCase();
  // the whole headline's modality, since "Mayor reportedly says…" hedges the attribution, not the
  // claim; "can" says what is possible now ("you can pay by phone") rather than hedging
  let reports = signals.question || readModality(text.replace(/\bcan\b/gi, ''), false) === 'possible' || reportsSource(folded, signals.attribution);
  for (const cue of STANCE_CUES) {
    if (!cue.pattern.test(folded)) continue;
    // a denial outweighs any report of the claim it denies ("Rumours of the merger denied")
    if (cue.leans === 'denies') return 'denies';
    reports = true;
  }
  return reports ? 'reports' : 'asserts';
}

/** The signals read from the headline alone, as readClaim reads them but without its parse. */
function stanceSignals(headline: string): StanceSignals {
  const text = normalizeText(headline);
  return {
    attribution: readAttribution(unTitleCase(text)).source,
    question: asksQuestion(text),
  };
}

/**
 * The headline asks a question of its own ("Is Kim Jong Un dead?"), not only one it quotes
 * ("'What is the sea telling us?': Māori tribes fearful").
 */
export function asksQuestion(text: string): boolean {
  return /\?/.test(text.replace(QUOTED_SPANS, ' '));
}

// "Mayor says…" and "Mayor: …" report the mayor's word; "Photo reveals…" asserts what it shows
function reportsSource(folded: string, source: string | null): boolean {
  if (!source) return false;
  const word = attributionWord(folded, source);
  return word !== null && !ASSERTING_SOURCE_WORDS.has(word);
}

/**
 * The word that ties a headline to its source: "says" in "Mayor says…", ":" in "Mayor: …",
 * "say" in "…, officials say"; null when the source is not found as written.
 */
export function attributionWord(folded: string, source: string): string | null {
  const at = folded.indexOf(source.toLowerCase());
  if (at < 0) return null;
  // "Trump, parting with Treasury, says…": the aside between the source and its verb is skipped
  const after = folded.slice(at + source.length).replace(/^,[^,]*,/, '').match(/^\s*([:|]|[\p{L}']+)/u);
  if (after) return after[1]!;
  const before = folded.slice(0, at).match(/([\p{L}']+)\W*$/u);
  return before ? before[1]! : null;
}
