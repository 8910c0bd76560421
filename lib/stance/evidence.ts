import type { PreparedBody } from '../qualify/context';
import type { Finding, Verdict } from '../types';
import type { StanceSentence } from './body';
import { HEDGE, REFUTE, REPORT } from './cues';
import type { PairFeatures } from './features';

/** Sentences this close to the top of the ranking count as the body's take on the claim. */
const NEAR = 6;

// "not", "however", "despite" refute only beside a stronger word: alone they are too common
const WEAK_REFUTE = new Set(['not', 'never', 'however', 'despite', 'wrong']);
// "NASA officials are skeptical", "the victim of some wild misinformation" -> doubt cast on the claim
const DOUBT = new Set(['skeptical', 'sceptical', 'misinformation', 'disinformation', 'unfounded', 'countered', 'contrary']);
// "it did not break off", "he didn't" -> the claim denied outright, in a sentence squarely on it
const NEGATED = new Set(['not', 'never', 'didnt', 'wasnt', 'isnt', 'werent', 'doesnt', 'hasnt', 'havent', 'wont']);
/** Coverage of the headline a negated sentence needs before it counts as denying the claim. */
const NEGATED_COVERAGE = 0.3;

/** Where a body sentence sits in the article, from the prepared body's own sentence list. */
export function positionOf(prepared: PreparedBody, sentence: StanceSentence): number {
  return prepared.sentences.find((s) => s.source === 'body' && s.paragraph === sentence.paragraph && s.text === sentence.text)?.position ?? 0;
}

function firstCue(sentence: StanceSentence, words: Set<string>, skip?: Set<string>): string | null {
  return sentence.words.find((w) => words.has(w) && !skip?.has(w)) ?? null;
}

function clip(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/**
 * The model's reason for a verdict as a finding a reader can check: among the sentences
 * closest to the headline, one that calls the claim false ("hoax", "denied") for contradicted,
 * or one that hedges or attributes it ("reportedly", "according to") for qualified.
 * Null when no such sentence exists; the verdict then falls to a class with a finding.
 */
export function modelEvidence(
  verdict: Verdict,
  ranked: PairFeatures['ranked'],
  prepared: PreparedBody,
  headlinePart: string,
  probability: number,
): Finding | null {
  // a report may attribute the claim anywhere it is taken up; a denial must sit close to it
  const near = (verdict === 'qualified' ? ranked : ranked.slice(0, NEAR)).filter((r) => r.coverage > 0);
  for (const [rank, { sentence, coverage }] of near.entries()) {
    let kind: Finding['kind'] | null = null;
    let explanation = '';
    if (verdict === 'contradicted') {
      const word =
        firstCue(sentence, REFUTE, WEAK_REFUTE) ??
        firstCue(sentence, DOUBT) ??
        (rank < 2 && coverage >= NEGATED_COVERAGE ? firstCue(sentence, NEGATED) : null);
      // "the photo is a hoax" -> contradiction
      if (word) {
        kind = 'contradiction';
        explanation = `Beside the headline's claim, the article says "${word}": "${clip(sentence.text)}"`;
      }
    } else if (verdict === 'qualified') {
      const hedge = firstCue(sentence, HEDGE);
      const report = hedge ? null : firstCue(sentence, REPORT);
      // "militants reportedly seized the town" -> hedge
      if (hedge) {
        kind = 'hedge';
        explanation = `The article reports the claim without standing behind it ("${hedge}"): "${clip(sentence.text)}"`;
        // "the ministry said the town had fallen" -> attribution
      } else if (report) {
        kind = 'attribution';
        explanation = `The article gives the claim as what others say ("${report}"): "${clip(sentence.text)}"`;
      }
    }
    if (!kind) continue;
    const position = positionOf(prepared, sentence);
    return {
      kind,
      source: 'body',
      text: sentence.text,
      paragraph: sentence.paragraph,
      position,
      headlinePart,
      explanation,
      strength: Math.round(Math.min(1, Math.max(0.15, probability * 0.8)) * 100) / 100,
      effect: kind === 'contradiction' ? 'contradicts' : 'qualifies',
      buried: position > 0.75,
    };
  }
  return null;
}
