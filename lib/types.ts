/** Shapes shared by the extractor, the analyser, the CLI and the extension. */

export type NoteKind = 'update' | 'correction' | 'clarification' | 'editors-note' | 'retraction';

/** Where a note sat on the page: before the story, inside it, or after it. */
export type NotePlacement = 'top' | 'inline' | 'bottom';

/**
 * A way back to a piece of text on the page, anchored three ways so it can be found
 * again after the page changes: a path to the element, and the quote with its context.
 */
export interface Anchor {
  /** CSS selector path from the body to the element holding the text (nth-of-type steps). */
  path: string;
  /** The text as it stands on the page (whitespace folded). */
  quote: string;
  /** Up to 64 characters of page text before and after the quote. */
  prefix: string;
  suffix: string;
}

export interface Paragraph {
  text: string;
  anchor: Anchor | null;
}

export interface Note {
  kind: NoteKind;
  text: string;
  /** ISO 8601 or as the page wrote it; null when the page gives none. */
  date: string | null;
  placement: NotePlacement;
  anchor: Anchor | null;
}

/**
 * What the page says it is (schema.org type, section, address), where it says so: an opinion
 * column, a review, a fact check, a how-to, a recipe or a list.
 */
export type PageGenre = 'opinion' | 'review' | 'fact-check' | 'how-to' | 'recipe' | 'list';

export interface Article {
  headline: string | null;
  dek: string | null;
  byline: string | null;
  published: string | null;
  modified: string | null;
  lang: string | null;
  url: string | null;
  paragraphs: Paragraph[];
  notes: Note[];
  /** "… contributed to this report" and similar lines, kept apart from the story's claims. */
  credits: string[];
  /** What the page says it is; null when it says nothing beyond "article". */
  genre: PageGenre | null;
}

export type ExtractResult = { ok: true; article: Article } | { ok: false; error: string };

/** What the analyser needs: plain text only, so the CLI's batch mode can feed it directly. */
export interface AnalysisInput {
  headline: string;
  paragraphs: string[];
  notes: { kind: NoteKind; text: string; date: string | null; placement?: NotePlacement }[];
  /** What the page says it is, when the input comes from a page. */
  genre?: PageGenre | null;
}

export type Modality = 'asserted' | 'future' | 'planned' | 'possible' | 'conditional';
export type Tense = 'past' | 'present' | 'future';
/** How the headline itself puts its claim: as fact, as what someone says, or as false. */
export type HeadlineStance = 'asserts' | 'reports' | 'denies';
/** How strongly a sentence claims one thing bears on another: not at all, a link, a cause that may hold, a cause. */
export type Relation = 'none' | 'correlation' | 'conditional-cause' | 'cause';

export interface ClaimNumber {
  /** As written in the headline: "50%", "$12 million", "400 jobs". */
  text: string;
  value: number;
  unit: string | null;
  /** "falls 50%" -> down; "rises" -> up; none when the headline gives no direction. */
  direction: 'up' | 'down' | null;
}

/**
 * A checkable claim; a question; the writer's own judgement (an opinion column or a review);
 * or no claim at all (a label, list, how-to, deal, recipe or schedule).
 */
export type HeadlineKind = 'claim' | 'question' | 'opinion' | 'review' | 'no-claim';

export interface Claim {
  headline: string;
  kind: HeadlineKind;
  /** Why a headline claims nothing, in plain words ("a list title, not a claim"); null otherwise. */
  kindReason: string | null;
  /** Who or what the claim is about. */
  subject: string | null;
  /** What it says happened or will happen (the main verb phrase). */
  predicate: string | null;
  /** To what or whom. */
  object: string | null;
  modality: Modality;
  tense: Tense;
  negated: boolean;
  question: boolean;
  numbers: ClaimNumber[];
  people: string[];
  places: string[];
  organizations: string[];
  /** Words the headline puts in quotation marks. */
  quotes: string[];
  /** "X says", "study finds": who the headline itself attributes the claim to. */
  attribution: string | null;
  /**
   * Asserts ("ISIS leader injured in airstrike"), reports ("…, officials say", "reportedly", a
   * question) or denies ("…is a hoax", "X denies…"): a body's "reportedly" does not qualify a
   * headline that already reports.
   */
  stance: HeadlineStance;
  /** The relation the headline claims: "linked to" is correlation, "may cut" conditional-cause, "cuts" cause. */
  relation: Relation;
  /** Content words (lower-case lemmas) that carry the claim. */
  keywords: string[];
}

export type FindingKind =
  | 'note'
  | 'uncertainty'
  | 'hedge'
  | 'attribution'
  | 'contradiction'
  | 'numbers'
  | 'scope'
  | 'quote'
  | 'unaddressed';

export type FindingEffect = 'contradicts' | 'qualifies' | 'unaddressed';

export interface Finding {
  kind: FindingKind;
  source: 'body' | 'note';
  /** The whole evidence sentence, as it stands on the page. */
  text: string;
  /** Index into article paragraphs (source body) or notes (source note); -1 for none. */
  paragraph: number;
  /** 0–1 through the article; notes at the top are 0, at the bottom 1. */
  position: number;
  /** The headline words the finding bears on. */
  headlinePart: string;
  /** Plain words a reader understands. */
  explanation: string;
  /** 0–1: how likely a careful reader is to agree the finding bears on the headline (calibrated). */
  strength: number;
  /** What it does to the headline's claim: says it is false; narrows, hedges or doubts it; or never takes it up. */
  effect: FindingEffect;
  /** True when the qualification only comes after three quarters of the article. */
  buried: boolean;
}

export type Verdict = 'supported' | 'qualified' | 'contradicted' | 'unaddressed' | 'no-claim';

/** The verdicts the stance model chooses among (no-claim is read off the headline, not the body). */
export type ModelVerdict = Exclude<Verdict, 'no-claim'>;

export interface Analysis {
  claim: Claim;
  verdict: Verdict;
  summary: string;
  /** Most important first. */
  findings: Finding[];
  /** True when analysis stopped at its time budget before reading everything. */
  truncated: boolean;
}
