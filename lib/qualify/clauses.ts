/** A stretch of a sentence: [start, end) in its folded text. */
export interface Span {
  start: number;
  end: number;
}

// where one clause ends and the next begins: semicolons, dashes, and a comma or space before a
// word that opens a clause of its own ("…, which…", "… after the attacker tried…")
const BOUNDARY =
  /[;:]\s|\s[-–—]{1,2}\s|\s\.\.\.\s|,\s(?=(?:but|while|although|though|whereas|which|who|whom|whose|where|after|before|because|since|as|if|unless|so|yet|adding|saying|citing|including)\b)|\s(?=(?:but|while|although|though|whereas|because|unless|after|before|since|if|once|until)\s)/g;

const boundaryMemo = new Map<string, number[]>();
const MEMO_LIMIT = 2_000;

/** Offsets at which a new clause starts. */
export function clauseBreaks(folded: string): number[] {
  let breaks = boundaryMemo.get(folded);
  if (breaks) return breaks;
  breaks = [];
  for (const m of folded.matchAll(BOUNDARY)) breaks.push(m.index + m[0].length);
  if (boundaryMemo.size >= MEMO_LIMIT) boundaryMemo.clear();
  boundaryMemo.set(folded, breaks);
  return breaks;
}

/** From the cue on to the end of its clause: what "could", "it is unclear whether" govern. */
export function rightScope(folded: string, from: number): Span {
  const next = clauseBreaks(folded).find((b) => b > from);
  return { start: from, end: next ?? folded.length };
}

// "which spread quickly on Twitter": a relative clause, whose noun stands before it
const RELATIVE = /^(?:which|who|whom|whose|where)\b/;

/**
 * From the start of the cue's clause up to the cue: what "… remained unclear" is said of. A
 * relative clause reaches back to its noun: in "the image, which spread on Twitter, turned out
 * to be a hoax", what is a hoax is the image.
 */
export function leftScope(folded: string, to: number): Span {
  const breaks = clauseBreaks(folded).filter((b) => b <= to);
  let i = breaks.length - 1;
  while (i >= 0 && RELATIVE.test(folded.slice(breaks[i]!))) i--;
  return { start: i >= 0 ? breaks[i]! : 0, end: to };
}

/** The whole clause around a stretch. */
export function clauseAround(folded: string, span: Span): Span {
  return { start: leftScope(folded, span.start).start, end: rightScope(folded, span.end).end };
}

export function textOf(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
