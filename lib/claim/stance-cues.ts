import type { HeadlineStance } from '../types';

/**
 * A wording that says how a headline puts its claim, beside what the claim reader already
 * reads (attribution.ts: "X says", "Report:"; modality.ts: "reportedly", "may"; the question).
 */
export interface StanceCue {
  name: string;
  /** Tested on the headline lower-cased, quotes and dashes folded. */
  pattern: RegExp;
  leans: Exclude<HeadlineStance, 'asserts'>;
}

export const STANCE_CUES: StanceCue[] = [
  // "Ministry denies it banned the app" -> denies
  { name: 'deny', pattern: /\b(?:den(?:y|ies|ied|ying|ial)|refut(?:e|es|ed)|rebuff(?:s|ed)?|rebut(?:s|ted)?|disputes?|disavows?|rejects? (?:\w+ )?(?:claims?|reports?|rumou?rs?))\b/, leans: 'denies' },
  // "The photo of a shark on the highway is a hoax" -> denies
  { name: 'hoax', pattern: /\b(?<!\b(?:no|not|not a|never a) )(?:hoax(?:es|ed)?|fake[ds]?|faking|fabricat\w*|bogus|made (?:it )?(?:all )?up|untrue|not true|false(?:ly)?|phony|phoney|doctored|photoshopped|staged|satir\w*|spoof|pranks?|scam)\b/, leans: 'denies' },
  // "Fact-checkers debunk the shark photo", "Rumour put to rest" -> denies
  { name: 'debunk', pattern: /\b(?:debunk\w*|dispel\w*|put to rest|(?:shoots?|shot) down (?:\w+ ){0,3}(?:claims?|reports?|rumou?rs?|stor(?:y|ies))|kills? (?:\w+ ){0,3}rumou?rs?|record straight|myths?|rubbish|nonsense|bullshit|misinformation|erroneous|inaccurate|not real|no evidence)\b/, leans: 'denies' },
  // "Astronomers doubt a meteor made the crater" -> denies
  { name: 'doubt', pattern: /\b(?:doubts?|doubted|doubtful|dubious|sceptic\w*|skeptic\w*|questions whether|casts? doubt|not convinced)\b/, leans: 'denies' },
  // "No, the mayor did not ban bicycles", "Free pizza for life? Nope" -> denies
  { name: 'no-answer', pattern: /(?:^|[:.?!] )(?:no|nope|not so fast)\b[,.!:]?(?! (?:one|longer|more|way|idea|limit|evidence|need)\b)|\bnope\b/, leans: 'denies' },
  // "The mayor didn't ban bicycles", "Bridge was not sold" -> denies
  { name: 'not-verb', pattern: /\b(?:is|are|was|were|has|have|had|did|does)(?:n't| not)\b|\b(?:isn't|aren't|wasn't|weren't|hasn't|haven't|didn't|doesn't)\b/, leans: 'denies' },
  // "Painting not stolen, museum says", "Missing hikers not among the injured" -> denies
  { name: 'not', pattern: /(?<!\b(?:is|are|was|were|has|have|had|did|does|do|could|would|will|may|might|can|should|must|if|or|whether) )(?<!, )\bnot\b(?! only\b| just\b| yet\b| (?:a |an )?(?:hoax|fake|staged)\b)/, leans: 'denies' },
  // "Singer is alive and well", "Kidnapped reporter says she is safe" -> denies (a death or kidnap rumour answered)
  { name: 'alive', pattern: /\b(?:(?<!\b(?:found|rescued|pulled out|discovered|buried|kept) )alive|not dead|(?:is|am|i'm|she's|he's|still) (?:safe|fine|well)|safe and (?:well|sound|secure))\b/, leans: 'denies' },
  // "Prankster fools thousands into thinking the tower fell" -> denies
  { name: 'fooled', pattern: /\b(?:fool(?:s|ed)?|duped|troll(?:s|ed)|falls? for|fell for|people (?:actually )?believed?|too good to (?:check|be true)|not what it seems)\b/, leans: 'denies' },
  // "Actor shows up at premiere despite death rumours" -> denies
  { name: 'despite-reports', pattern: /\bdespite (?:\w+ ){0,3}(?:reports?|rumou?rs?|claims?|speculation)\b/, leans: 'denies' },

  // "Video purports to show the crash", "Militants claim to have shot down a jet" -> reports
  { name: 'purported', pattern: /\b(?:purport(?:s|ed|edly)?|supposedly|apparently|seemingly|believed to|thought to|feared|unconfirmed|unverified|alleged|claims? to|claimed to)\b/, leans: 'reports' },
  // "Student claims she found a pearl in her oyster", "Outrage over claims the ban is coming" -> reports
  { name: 'claims', pattern: /\b(?:claim(?:s|ed|ing)?|insists?|alleges?|accus(?:es|ed|ing))\b/, leans: 'reports' },
  // "Rumour: the band is splitting up", "Leaked memo hints at layoffs" -> reports
  // (not "Gas leak caused the explosion": a leak of gas or water is no leak of news)
  { name: 'rumour', pattern: /\b(?:rumou?rs?|speculation|speculat\w+|(?<!\b(?:gas|water|oil|fuel|chemical|radiation|methane|sewage|ammonia|propane|pipe|pipeline|coolant|acid|toxic|carbon monoxide) )leak(?:s|ed)?|sources?|insiders?|gossip|whispers?|unnamed)\b/, leans: 'reports' },
  // "The bridge will be sold -- analyst", "Tower to close: sources", "Pitch invader fined - reports" -> reports
  { name: 'source-end', pattern: /(?:[:|,]|\s-+)\s*(?:\w+\.? ){0,2}(?:analysts?|monitor|watchdog|sources?|reports?|police|cops|officials?|media|experts?|witnesses|insiders?|study|attorney|lawyer|group|cnbc|cnn|bbc|reuters|ap|afp|nyt|wsj)\s*$|\sreports?$/, leans: 'reports' },
  // "Senator: the deal is off", "Analyst: phone to cost $900" -> reports
  { name: 'speaker-colon', pattern: /^(?:[\w.'-]+ ){0,3}(?:analysts?|congress(?:man|woman)|rep|senator|attorney|lawyer|officials?|police|cops|experts?|sources?|insiders?|witness|eyewitness|monitor|watchdog|group|media|report|rumou?r|study|poll|survey|nyt|wsj|ceo|spokes\w+|minister|president|pm|lawmaker|cleric|doctor|doc|scientists?|parents?|mother|father|mom|dad|wife|husband|friend|family|intel|prosecutor|governor|mayor|chief|boss):/, leans: 'reports' },
  // "Coach: we were robbed", "Singer on Twitter: I'm not quitting" -> reports (a speaker's own words)
  { name: 'speaker-words', pattern: /^[^:]{2,40}: (?:i|we|my|our|i'm|we're|we've|i've|i'll|we'll)\b/, leans: 'reports' },
  // "Is the tower closing?", "Did a shark swim down the highway?" -> reports
  { name: 'asks', pattern: /^(?:is|are|was|were|has|have|had|did|does|do|will|would|could|can|should)\b[^?]*\?\s*$/, leans: 'reports' },
];

/** Words that tie a headline to its source but assert the claim: "Photo reveals…", "Hikers found…". */
export const ASSERTING_SOURCE_WORDS: ReadonlySet<string> = new Set([
  // "Satellite photo reveals a giant crab off the coast" -> asserts
  'reveals', 'revealed',
  // "Missing hikers found near the border" -> asserts (a passive "found", not a finding)
  'found', 'finds',
  // "New video shows the bridge collapsing" -> asserts
  'shows', 'showed',
  // "Police confirm the arrest" -> asserts
  'confirms', 'confirmed',
  // "Mayor vows to rebuild the bridge" -> asserts
  'vows', 'vowed', 'promises', 'promised',
  // "Company announces 400 job cuts" -> asserts
  'announces', 'announced', 'declares', 'declared', 'admits', 'admitted',
]);

/*
 Written for headlines such as these (modelled on Emergent's, not copied from it):
 - Ministry denies it banned the app; No, the mayor did not ban bicycles (denies)
 - The photo of a shark on the highway is a hoax; Painting not stolen, museum says (denies)
 - Video purports to show the crash; Senator: the deal is off (reports)
 - Did a shark swim down the highway? (reports)
 - Satellite photo reveals a giant crab off the coast (asserts)
 Near misses: "Nun who had no idea she was pregnant gives birth" (asserts: the "no" sits in a
 side clause); "Man says photo is no hoax" (no denial: "no hoax" asserts it);
 "Crowds chant 'don't shoot'" (a quoted "don't", not a denial).
*/
