/** A cue a detector looks for in a sentence, and how much it weighs. */
export interface Cue {
  pattern: RegExp;
  /** 0–1: how strongly the cue, on its own, qualifies a claim it bears on. */
  strength: number;
  /** Plain words for the explanation: "says it is unclear". */
  says: string;
}

export interface CueHit {
  cue: Cue;
  index: number;
  match: string;
}

/** The strongest cue found in a folded sentence. */
export function strongestCue(folded: string, cues: readonly Cue[]): CueHit | null {
  let best: CueHit | null = null;
  for (const cue of cues) {
    const m = cue.pattern.exec(folded);
    if (m && (!best || cue.strength > best.cue.strength)) best = { cue, index: m.index, match: m[0] };
  }
  return best;
}

/** One regular expression that any of the cues would match: the cheap first pass. */
export function anyCue(cues: readonly Cue[]): RegExp {
  return new RegExp(cues.map((c) => `(?:${c.pattern.source})`).join('|'));
}
