/**
 * Words compromise should know as hedges or attributions, added to its lexicon once.
 * Tags sit under compromise's own parts of speech, so "reportedly" stays an Adverb.
 */

export const TAGS = {
  // "reportedly", "allegedly": the writer does not vouch for what follows
  Hedge: { isA: 'Adverb' },
  // "spokeswoman", "insider": a person a claim is attributed to
  Attributor: { isA: 'Singular' },
  // "rumor", "hoax", "claim": what a claim is called when it is in doubt
  DoubtNoun: { isA: 'Noun' },
};

export const WORDS: Record<string, string> = {
  reportedly: 'Hedge',
  allegedly: 'Hedge',
  purportedly: 'Hedge',
  supposedly: 'Hedge',
  apparently: 'Hedge',
  seemingly: 'Hedge',
  possibly: 'Hedge',
  perhaps: 'Hedge',
  presumably: 'Hedge',
  ostensibly: 'Hedge',
  spokesperson: 'Attributor',
  spokesman: 'Attributor',
  spokeswoman: 'Attributor',
  insider: 'Attributor',
  hoax: 'DoubtNoun',
  rumor: 'DoubtNoun',
  rumour: 'DoubtNoun',
  allegation: 'DoubtNoun',
};
