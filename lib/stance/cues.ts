/**
 * Cue words whose presence near the headline's terms says how the body stands to the claim.
 * Lower-case surface forms, apostrophes folded as in words.ts.
 */

// "the photo is a hoax", "officials denied the report" -> refute
export const REFUTE = new Set(
  'fake fakes faked fraud hoax hoaxes false falsely deny denies denied denying not despite nope doubt doubts doubted bogus debunk debunked debunks pranks prank retract retracted retraction untrue misleading fabricated fabrication satire satirical spoof parody never wrong incorrect dismissed dismisses refuted refutes rejects rejected baseless myth nonsense erroneous inaccurate phony photoshopped doctored denial contrary however'.split(' '),
);

// "reportedly", "the claim has not been confirmed" -> hedge
export const HEDGE = new Set(
  'allegedly alleged reportedly reported report reports claim claims claimed claiming rumor rumors rumour rumours rumored rumoured unconfirmed unverified apparently possibly possible may might could supposedly purportedly purported believed suggest suggests suggested appear appears appeared seems seem unclear speculation speculate speculated likely unlikely perhaps maybe uncertain unknown if whether circulating circulated viral'.split(' '),
);

// "police confirmed the arrest" -> confirm
export const CONFIRM = new Set(
  'confirmed confirms confirm confirmation announced announces official officially revealed reveals proved proves proven indeed verified verifies true genuine authentic real actually shows showed footage evidence'.split(' '),
);

// "a spokesman told reporters" -> report
export const REPORT = new Set('said says told according statement spokesman spokeswoman spokesperson tweeted wrote posted source sources'.split(' '));

// "did not", "never", "no one" -> negation
export const NEGATION = new Set(
  'not no never none nobody nothing neither nor without cannot cant dont doesnt didnt isnt arent wasnt werent wont wouldnt couldnt shouldnt hasnt havent hadnt'.split(' '),
);

// "the video was faked", "the story is not true" -> debunk: the claim called false outright
export const DEBUNK = new Set([
  ...'hoax hoaxes hoaxer fake faked fakes false falsely untrue debunk debunked debunks debunking bogus fabricated fabrication satire satirical spoof parody photoshopped doctored myth prank pranks prankster baseless unfounded misinformation'.split(' '),
  ...['not true', 'no truth', 'made up', 'not real', 'no evidence', 'fake news', 'turned out', 'no proof'],
]);

// "scientists cast doubt on the claim", "the company denied it" -> doubt
export const DOUBT = new Set([
  ...'doubt doubts doubted doubtful skeptical sceptical questioned questionable dubious implausible suspicious exaggerated deny denies denied denying denial refuted refutes rebutted disputed dismissed rejected'.split(' '),
  ...['cast doubt', 'no plans', 'not convinced', 'not the case'],
]);

export const CUE_GROUPS = { refute: REFUTE, hedge: HEDGE, confirm: CONFIRM, report: REPORT, negation: NEGATION, debunk: DEBUNK, doubt: DOUBT } as const;
export type CueGroup = keyof typeof CUE_GROUPS;
export const CUE_NAMES = Object.keys(CUE_GROUPS) as CueGroup[];

/** Each cue word and word pair -> the groups holding it, as bits in CUE_NAMES order: one lookup a word. */
const GROUP_BITS = new Map<string, number>();
CUE_NAMES.forEach((name, bit) => {
  for (const cue of CUE_GROUPS[name]) GROUP_BITS.set(cue, (GROUP_BITS.get(cue) ?? 0) | (1 << bit));
});
/** First words of the two-word cues ("not" of "not true"): only after one is a pair looked up. */
const PAIR_STARTS = new Set([...GROUP_BITS.keys()].filter((cue) => cue.includes(' ')).map((cue) => cue.split(' ')[0]));

/** How many words of each cue group a list of lower-case words holds; a word and the pair it opens count once a group. */
export function cueCounts(words: string[]): Record<CueGroup, number> {
  const out = emptyCues();
  for (let i = 0; i < words.length; i++) {
    let bits = GROUP_BITS.get(words[i]) ?? 0;
    if (i + 1 < words.length && PAIR_STARTS.has(words[i])) bits |= GROUP_BITS.get(`${words[i]} ${words[i + 1]}`) ?? 0;
    for (let b = 0; bits; b++, bits >>= 1) if (bits & 1) out[CUE_NAMES[b]]++;
  }
  return out;
}

export function emptyCues(): Record<CueGroup, number> {
  return Object.fromEntries(CUE_NAMES.map((c) => [c, 0])) as Record<CueGroup, number>;
}
