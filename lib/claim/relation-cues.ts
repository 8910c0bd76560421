import type { Relation } from '../types';

/** A wording that says how strongly a sentence claims one thing bears on another. */
export interface RelationCue {
  name: string;
  /** Tested on the sentence lower-cased, quotes and dashes folded. */
  pattern: RegExp;
  /** The relation the cue says on its own, before hedges and negation. */
  suggests: Relation;
}

export const RELATION_CUES: RelationCue[] = [
  // "coffee drinking was associated with a lower risk of stroke" -> correlation
  { name: 'associated', pattern: /\bassociat(?:ed|ion|ions)\b/, suggests: 'correlation' },
  // "migraine is linked to heart disease", "a link between sleep and memory" -> correlation
  { name: 'linked', pattern: /\blink(?:ed|s)? (?:to|with)\b|\blinks? between\b|\bconnection between\b|\btied to\b/, suggests: 'correlation' },
  // "screen time correlated with poorer sleep" -> correlation
  { name: 'correlated', pattern: /\bcorrelat\w*/, suggests: 'correlation' },
  // "anxiety was related to pain scores", "the relationship between diet and mood" -> correlation
  { name: 'related', pattern: /\brelated to\b|\brelationships? between\b|\brelation (?:between|to)\b/, suggests: 'correlation' },
  // "smokers were twice as likely to need surgery", "at higher risk of falls" -> correlation
  { name: 'likelier', pattern: /\b(?:more|less) likely\b|\b(?:twice|thrice|\w+ times) (?:as|more) likely\b|\bodds\b|\bhazard ratios?\b|\brisk (?:factor|marker)s?\b|\bat (?:an? )?(?:higher|increased|greater|lower|reduced|elevated|heightened) risk\b/, suggests: 'correlation' },
  // "higher levels of vitamin D in children who played outside" -> correlation
  { name: 'compared', pattern: /\b(?:higher|lower|greater|smaller|more|less|fewer) (?:\w+ ){0,4}(?:than|compared (?:with|to)|in (?:those|patients|people|women|men|children))\b/, suggests: 'correlation' },
  // "blood pressure predicts stroke" -> correlation
  { name: 'predicts', pattern: /\bpredict(?:s|ed|or|ors|ive|ion)?\b/, suggests: 'correlation' },

  // "exercise reduces the risk of falls" -> cause
  { name: 'changes', pattern: /\b(?:increas|reduc|decreas|improv|lower|rais|boost|enhanc|worsen|cut|halv|doubl|elevat|diminish|alleviat|reliev|ameliorat|attenuat|restor|accelerat|slow|shorten|lengthen|extend|prolong|curb|slash|halt|revers|fuel|spur|shap|alter|modulat|regulat|activat|stimulat|disrupt|counter|mitigat|determin)(?:e|es|ed|ing|s)?\b/, suggests: 'cause' },
  // "smoking causes cancer", "drinking leads to poorer sleep" -> cause
  { name: 'causes', pattern: /\bcaus(?:e|es|ed|ing)\b|\blead(?:s|ing)? to\b|\bled to\b|\bresult(?:s|ed|ing)? in\b|\bgives? rise to\b|\bbrings? about\b|\btrigger(?:s|ed)?\b|\binduc(?:e|es|ed|ing)\b|\bdriv(?:e|es|en|ing)\b|\bmak(?:e|es|ing)\b|\bpos(?:e|es|ed|ing) (?:a |an )?(?:\w+ )?(?:risk|threat)s?\b/, suggests: 'cause' },
  // "vaccination prevents infection", "the drug protects the kidneys" -> cause
  { name: 'prevents', pattern: /\bprevent(?:s|ed|ing)?\b|\bprotect(?:s|ed|ing)?\b|\bsav(?:e|es|ed|ing) lives\b|\bhelps?\b|\bcures?\b|\btreats?\b|\bstops?\b|\bblocks?\b|\binhibit(?:s|ed)?\b|\bsuppress(?:es|ed)?\b|\bpromot(?:e|es|ed)\b|\bimpair(?:s|ed)?\b|\bdamag(?:e|es|ed)\b|\bkills?\b|\bharms?\b|\bwards? off\b|\bfights?\b|\bbeats?\b/, suggests: 'cause' },
  // "the drug was effective", "the effect of the diet on weight" -> cause
  { name: 'effect', pattern: /\beffect(?:s|ive|ively|iveness)?\b|\befficac(?:y|ious)\b|\bimpact(?:s|ed)?\b|\binfluenc(?:e|es|ed)\b|\baffect(?:s|ed)?\b|\bbenefit(?:s|ed|ial)?\b|\bcontribut(?:e|es|ed|ing) to\b|\bdue to\b|\bbecause of\b|\bresponsible for\b|\battributable to\b|\bmediat(?:e|es|ed|ing)\b/, suggests: 'cause' },

  // "the diet may lower blood pressure", "could lead to fewer falls" -> conditional-cause
  { name: 'modal', pattern: /\b(?:may|might|could|would)\b(?! \d)/, suggests: 'conditional-cause' },
  // "the results suggest that exercise improves memory" -> conditional-cause
  { name: 'suggests', pattern: /\bsuggest(?:s|ed|ing|ive)?\b|\bindicat(?:e|es|ed|ing)\b|\bappear(?:s|ed)? to\b|\bseem(?:s|ed)? to\b|\bpotential(?:ly)?\b|\bpossibl[ey]\b|\blikely to\b|\bprobabl[ey]\b|\bperhaps\b|\bhypothes\w+/, suggests: 'conditional-cause' },
  // "training can improve balance" -> conditional-cause
  { name: 'can', pattern: /\bcan\b|\bcannot\b/, suggests: 'conditional-cause' },

  // "the drug did not reduce pain", "no association was found" -> none
  { name: 'negation', pattern: /\b(?:not|no|neither|nor|without|fail(?:s|ed)? to|did not|does not|was not|were not)\b|n't\b/, suggests: 'none' },
  // "further studies are needed", "larger trials should confirm" -> none
  { name: 'further-study', pattern: /\b(?:further|future|more|larger|additional)\b (?:\w+ ){0,2}(?:stud(?:y|ies)|research|trials?|work|investigation)|\bneeded\b|\bwarranted\b|\bshould\b|\brecommend\w*/, suggests: 'none' },
];

/**
 * Wordings that deny the relation outright. A sentence that says one thing does not bear on
 * another claims no relation (as press-release coding has it; PubMed's labels keep the kind).
 */
export const DENIED_RELATION: RegExp[] = [
  // "the pill was not associated with birth defects" -> none
  /\b(?:is|are|was|were|be) not (?:\w+ )?(?:associated|linked|related|correlated)\b/,
  // "the drug did not reduce pain", "the target may not have improved care" -> none
  /\b(?:did|does|do|may|might|could|would) not (?:\w+ ){0,2}(?:reduce|improve|increase|decrease|affect|cause|lead|prevent|change|alter|influence|lower|raise|protect|help|cure|curb)\b/,
  // "they don't curb demand" -> none
  /\b(?:don't|doesn't|didn't) (?:\w+ )?(?:reduce|improve|increase|decrease|curb|affect|cause|lead|prevent|help|change)\b/,
  // "bonuses had no effect on care", "the trial showed no benefit" -> none
  /\b(?:had|has|have|showed|found|was|were) no (?:\w+ ){0,2}(?:effects?|associations?|impact|influence|benefits?|difference|relationship|link)\b/,
  // "no association was found" -> none
  /\bno (?:\w+ ){0,2}(?:association|effect|link|relationship) (?:was|were) (?:found|observed|seen|detected)\b/,
];

/**
 * Links that tie someone to something rather than one measure to another: the words are
 * taken out before the relation is read (relation-features.ts).
 */
export const LINK_TO_SOMEONE: RegExp[] = [
  // "the suspect was linked to the gang", "a firm tied to the minister" -> no relation
  /\b(?:linked|tied|connected) (?:to|with) (?:(?:a|an|the|his|her|their|its) )?(?:[\w'-]+ ){0,2}?(?:man|woman|person|people|suspects?|gangs?|groups?|firms?|company|companies|labels?|clubs?|teams?|bands?|ministers?|officials?|militants?|terrorists?|cartels?|mob|network|scandal|plot|party|family|president|senator|star|singer|actor)\b/,
];

/*
 Written for sentences such as these (modelled on PubMed conclusions and press releases, not
 copied from them):
 - Coffee drinking was associated with a lower risk of stroke. (correlation)
 - Regular exercise may lower blood pressure in older adults. (conditional-cause)
 - The results suggest that exercise improves memory. (conditional-cause)
 - Vaccination prevents infection in nine of ten children. (cause)
 - Further studies are needed to confirm these findings. (none)
 Near misses: "The singer is linked to a new label" (no relation a study claims; the model sees
 no study wording around it); "The trial ends in May" (the month); "Prices rose in March".
*/
