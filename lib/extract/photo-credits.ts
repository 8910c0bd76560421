import { fold } from './text';

/** Photo agencies and wires that credits name: "Jane Doe/Getty Images", "AFP via Getty Images". */
const AGENCY = String.raw`(?:getty images|reuters|afp|ap photo|ap|associated press|epa-efe|epa|bloomberg|shutterstock|alamy|pa wire|pa images|pa|nurphoto|anadolu agency|anadolu|sipa usa|xinhua|upi|zuma press|imagn images|imagn|usa today sports)\b(?:\s+via\s+(?:getty images|reuters|ap|imagn images|imagn|usa today sports)\b)?`;
/** How a credit opens: "Photo:", "Photograph:", "Photo by", "Credit:", NYT's "Credit…". */
const LABEL = String.raw`(?:photo(?:graph)?s?|images?|pictures?|illustration|video|(?:photo )?credit)(?:\s*(?::|\.{3}|…)|\s+by)\s*`;
/** "Jane Doe/" before an agency: a name, no sentence in it. */
const BY = String.raw`(?:[^/.!?()]{2,40}/\s*)?`;
/** A dateline the story opens with, in capitals (so matched case by case): "LONDON —", "WASHINGTON (AP) —". */
const DATELINE = /(?<=\s)\p{Lu}{2,}(?:[\s,.]+\p{Lu}{2,})*(?:\s*\([^()]{1,30}\))?\s*(?:—|–|--|-)\s/u;
/** A credit standing before the dateline: "Photograph: John Smith/The Ledger". */
const LABELLED = new RegExp(String.raw`^${LABEL}.{2,60}$`, 'iu');

/** Credits glued to the story's opening or close, each cut out of the text; checked in order. */
const GLUED: RegExp[] = [
  // "(Photo by Jane Doe/AFP via Getty Images) The Senate…", "(Photo: Reuters)" -> cut
  new RegExp(String.raw`\(\s*${LABEL}[^()]{2,80}\)`, 'giu'),
  // "(AP Photo/Susan Walsh)", "(REUTERS/Kevin Lamarque)" -> cut; "WASHINGTON (AP) —" stays
  new RegExp(String.raw`\(\s*${AGENCY}\s*/[^()]{2,60}\)`, 'giu'),
  // "Photo: Jane Doe/Getty Images The Senate…", "WASHINGTON (AP) — Credit: Reuters The Senate…" -> cut
  new RegExp(String.raw`(?<=^|(?:—|–|--)\s)${LABEL}${BY}${AGENCY}(?=\s|$)`, 'iu'),
  // "…the Senate voted. Credit: Jane Doe for The New York Times" -> cut
  new RegExp(String.raw`(?<=[.!?"”’)]\s)${LABEL}[^.!?]{2,80}$`, 'iu'),
  // "Jane Doe/Getty Images" or "AFP via Getty Images" as a line of its own -> cut
  new RegExp(String.raw`^${BY}${AGENCY}$`, 'iu'),
  // "Photo by Jane Doe" as a line of its own -> cut
  new RegExp(String.raw`^${LABEL}[^.!?]{2,80}$`, 'iu'),
];

/** Words without which a text holds no credit: a cheap test before the patterns. */
const MAY_CREDIT = new RegExp(String.raw`photo|image|picture|illustration|video|credit|\b${AGENCY}`, 'i');

/**
 * A paragraph's text without the photo credit a lead image left on it, or '' when it is only a
 * credit. Credits are page furniture, like captions, so they are dropped, not kept as credits.
 */
export function withoutPhotoCredit(text: string): string {
  if (!MAY_CREDIT.test(text)) return text;
  let rest = text;
  for (const pattern of GLUED) rest = rest.replace(pattern, ' ');
  // "Photograph: John Smith/The Ledger LONDON — …" -> cut up to the dateline
  const dateline = DATELINE.exec(rest.slice(0, 120));
  if (dateline && LABELLED.test(rest.slice(0, dateline.index).trim())) rest = rest.slice(dateline.index);
  return rest === text ? text : fold(rest);
}
