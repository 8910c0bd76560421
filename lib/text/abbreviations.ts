/** Abbreviations whose final dot does not end a sentence. Lower-case, without the final dot. */

// "Mr. Trump", "Gen. Mattis": a name always follows, so never a sentence end
export const TITLES: ReadonlySet<string> = new Set(
  ('mr mrs ms messrs dr prof sen rep gov gen lt col capt cmdr sgt maj adm rev fr st sr jr hon pres supt insp det ' +
    'cpl pvt amb atty mt ft').split(' '),
);

// "on Jan. 5", "Apple Inc. said", "the U.S. economy": these may also end a sentence
export const MAY_END: ReadonlySet<string> = new Set(
  ('jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd llc plc bros dept est approx ' +
    'vs etc al univ assn ave blvd').split(' '),
);

// "No. 1", "Nos. 3 and 4": an abbreviation only before a number
export const BEFORE_NUMBER: ReadonlySet<string> = new Set(['no', 'nos', 'art', 'vol', 'p', 'pp', 'fig', 'ch']);

// "... in the U.S. The next day" -> a new sentence starts with one of these
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  ('the a an he she it they we i you his her their its this that these those there but and yet so however ' +
    'in on at for after before when while if as meanwhile still also officials police').split(' '),
);
