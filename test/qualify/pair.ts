import { readClaim } from '../../lib/claim/index';
import { buildContext } from '../../lib/qualify/context';
import type { Detector } from '../../lib/qualify/index';
import type { AnalysisInput, Finding, NoteKind } from '../../lib/types';

/** An input from a headline, body paragraphs and notes, as the extractor would give it. */
export function inputOf(headline: string, paragraphs: string[], notes: { kind: NoteKind; text: string }[] = []): AnalysisInput {
  return { headline, paragraphs, notes: notes.map((n) => ({ ...n, date: null })) };
}

/** What one detector finds for a headline over a body. */
export function run(detect: Detector, headline: string, paragraphs: string[], notes: { kind: NoteKind; text: string }[] = []): Finding[] {
  const input = inputOf(headline, paragraphs, notes);
  return detect(buildContext(input, readClaim(headline)));
}

// filler paragraphs that share nothing with the test headlines, to give findings a position
export const FILLER = [
  'The weather in the region has been mild for most of the season.',
  'Local schools reopened this week after the holiday break.',
];
