/** Paragraph texts that are page furniture, not story. Each is tested on whitespace-folded text. */
const BOILERPLATE: RegExp[] = [
  // "We and our partners use cookies to understand how you use our site…"
  /\b(?:we|this (?:site|website)|our partners)(?: and our partners)? (?:use|uses) cookies\b/i,
  // "We and our 842 partners store and/or access information on a device…": the IAB consent notice
  /\bwe and our (?:\d[\d,]* )?(?:partners|vendors) (?:store|access|process|use)\b|\bstore and\/or access information on a device\b/i,
  // "By continuing to use this site, you accept these cookies."
  /^by (?:continuing to|using) (?:use |browse )?(?:this|our) (?:site|website)/i,
  // "Manage cookie settings" / "Cookie policy"
  /^(?:manage )?cookie (?:settings|policy|preferences)\b/i,
  // "f", "t", "in", "+": share-button letters and other stray marks
  /^[\p{L}\p{N}+•|·]{0,2}$/u,
  // "📌", "★★★": icons and emoji standing alone
  /^[\p{So}\p{Sk}\s\uFE0F\u200D]+$/u,
  // "Share", "Share this article", "Tweet", "Email", "Print", "Share on Facebook"
  /^(?:share(?: this (?:article|story|post))?|tweet|email|print|save|copy link|link copied|share on \w+|comments?)$/i,
  // "Like this story? Share it with a friend!"
  /^(?:like this (?:story|article)\?.{0,60}|share (?:this|it) with (?:a friend|your friends).{0,20})$/i,
  // "Advertisement", "Story continues below advertisement", "Continue reading below"
  /^(?:advert(?:isement)?|sponsored(?: content)?|(?:story|article) continues below(?: advertisement)?|continue reading(?: (?:below|the main story))?|skip advertisement)$/i,
  // "More from CBS News" / "More in Health": a recirculation heading
  /^more (?:from|in|on) [\p{L}\p{N} .'’&-]{1,40}$/iu,
  // "Sign up for our daily newsletter" / "Subscribe to our newsletter"
  /^(?:sign up|subscribe|register|get (?:our|the) \w+ newsletter)\b.{0,160}$/i,
  // "Get the latest news delivered to your inbox."
  /^(?=.{0,200}$).*\b(?:sign up|subscribe|delivered|get)\b.*\b(?:newsletters?|inbox)\b/i,
  // "Photo: Reuters" / "Image: Getty" / "Credit: AP Photo/Evan Vucci"
  /^(?:photo|photograph|image|picture|illustration|video|credit|source)s?(?: by)?\s*:\s*.{0,80}$/i,
  // "(Getty Images)" / "(AP Photo/Susan Walsh)" / "REUTERS/Kevin Lamarque"
  /^\(?(?:getty images|reuters|ap photo|afp|epa|shutterstock|ap|pa)(?:[/ ][^)]{0,60})?\)?$/i,
  // "Smoke hangs over the skyline on Thursday. (AP Photo/Ted Warren)": a caption ending in its credit
  /^.{0,300}\((?:ap|afp|reuters|getty|epa|pa|upi|xinhua)\b[^()]{0,60}\)$/i,
  // "© 2019 CBS Interactive Inc. All Rights Reserved." / "Copyright 2020 The Associated Press."
  /^(?:©|\(c\)|copyright (?:©|\(c\)|\d{4})).{0,160}$/i,
  // "All rights reserved."
  /\ball rights reserved\.?$/i,
  // "Follow us on Twitter" / "Follow Jane on Instagram"
  /^follow (?:us|[\p{L}.' ]{1,40}) on (?:twitter|x|facebook|instagram|linkedin|threads)\b.{0,80}$/iu,
  // "Updated on: March 22, 2019 / 7:45 PM" / "Published 3 hours ago": datelines without a note
  /^(?=.{0,90}$)(?:first )?(?:published|updated|posted|last updated|last modified)\b.*(?:\d|ago)/i,
  // "March 3, 2022 at 5:14 p.m. EST" / "Tue 3 Mar 2020 06.00 GMT": a bare dateline
  /^(?:[a-z]{3,9},? )?(?:\w{3,9}\.? \d{1,2},? \d{4}|\d{1,2} \w{3,9}\.? \d{4})(?:,? (?:at )?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?$/i,
  // "February 13, 20253:02 PM GMTUpdated 2 hours ago": date, time and "updated" run together from separate spans
  // Each token is matched once and kept (the lookahead-and-backreference idiom of an atomic group),
  // so a long run of letters cannot make the pattern try every split.
  /^(?=.{0,120}$)(?=.*\d)(?=.*(?:updated|published|posted|modified|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))(?:(?=([\s,.|·:/-]+|\d+(?:st|nd|rd|th)?|(?:first |last )?(?:updated|published|posted|modified)|(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues|tue|wed|thurs|thu|fri|sat|sun)\.?|ago|hours?|minutes?|days?|at|on|[ap]\.?m\.?|gmt|utc|[a-z]{1,2}[sd]?t|an?))\1)+$/i,
  // "Read the original article on Metro Times.": the line a syndicated copy closes with
  /^(?:read|see|view) (?:the )?(?:original|full) (?:article|story|post) (?:on|at) .{1,80}$/i,
  // "A version of this article appears in print on May 10, 2023, Section B, Page 1"
  /^a version of this (?:article|story|review) appear(?:s|ed) in print\b/i,
  // "This post may contain affiliate links. Please see my disclosure page."
  /^(?:this (?:post|article|page|story) (?:may )?contains? affiliate|we may earn (?:a )?commission)\b/i,
  // "We independently evaluate all recommended products. If you click on links we provide, we may receive compensation."
  /^(?=.{0,300}$).*\bwe (?:may|might) (?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation)\b/i,
  // "This slideshow requires JavaScript." / "Please enable JavaScript to view the comments"
  /\b(?:requires|enable) javascript\b/i,
  // "Was this page helpful?": a feedback widget
  /^was this (?:page|article|story|post|information) helpful\??$/i,
  // "Tell us what you think..." / "Join the conversation" / "Comments are closed."
  /^(?:tell us what you think|leave a (?:comment|reply)|join the (?:conversation|discussion)|comments? (?:are|is) closed)\b.{0,40}$/i,
  // "CLICK HERE TO GET THE FOX NEWS APP" / "Click here to sign up for our weekly briefing"
  /^click here (?:to (?:get|download|sign up|subscribe|read|watch|listen|follow|join)|for (?:more|the latest))\b.{0,80}$/i,
  // "Do you have a story? Email tips@example.com": a tip-line prompt
  /^(?:do you have|have you got|got|have) (?:a |any )?(?:story|news ?tips?|tips?|photos?|pictures?|videos?)(?: (?:to share|for us))?\?.{0,120}$/i,
  // "Listen to this article" / "Reading time: 4 minutes"
  /^(?:listen to (?:this|the) (?:article|story)|reading time:?\s*\d+\s*min.*|\d+\s*min(?:ute)?s? read)$/i,
];

/** Headings of lists of other stories; the links listed under them go too. */
const RELATED: RegExp[] = [
  // "Related: How the sanctions work" / "Read more: …" / "More on this story"
  /^(?:related(?: (?:stories|articles|coverage|content|reading|topics))?|read more|more from|see also|recommended(?: for you)?|most popular|most read|also read|read next|watch|more on this story|trending(?: now)?)\b\s*(?::|$)/i,
  // "You may also like..." / "You might be interested in"
  /^you (?:may|might) (?:also )?(?:like|enjoy|be interested in)\b.{0,20}$/i,
];

// "More local news: Parade route set · Council trims budget", the stories linked on the same line
const RELATED_LINE = /^more (?:\p{L}+ ){0,2}(?:news|stories|coverage|headlines|articles)\s*:\s*/iu;

/** A line that names other stories and links them: all of it past its lead is link text. */
export function isRelatedLine(text: string, linked: number): boolean {
  const lead = RELATED_LINE.exec(text);
  return !!lead && text.length > lead[0].length && linked >= (text.length - lead[0].length) * 0.8;
}

/**
 * A line that is one link of four words or more written in capitals: another story's headline
 * or an app link promoted mid-story ("HEAT WAVE STRAINS POWER GRID ACROSS THE WEST"), not the story's text.
 */
export function isPromoLink(text: string, linked: number): boolean {
  return linked >= text.length * 0.9 && /^(?:\S+\s+){3}\S/.test(text) && /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** "Opinion", "Analysis": a label over the headline naming the kind of piece, not story text. */
const KICKER = /^(?:opinion|analysis|news analysis|perspective|commentary|editorial|column|guest essay|op-ed|review|explainer)$/i;

export function isKicker(text: string): boolean {
  return KICKER.test(text);
}

export function isRelatedLead(text: string): boolean {
  return RELATED.some((pattern) => pattern.test(text));
}

export function isBoilerplate(text: string): boolean {
  return isRelatedLead(text) || BOILERPLATE.some((pattern) => pattern.test(text));
}

/** Lines that credit contributors; kept apart from the story's own text. */
const CREDITS: RegExp[] = [
  // "CBS News' Sara Cook and Olivia Gazis contributed to this report."
  /\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\b/i,
  // "Reporting by Jeff Mason; Editing by Mary Milliken"
  /^(?:additional )?(?:reporting|writing|editing|compiled|research|graphics) by\b/i,
  // "Edited by Sam Holmes"
  /^edited by\b/i,
];

/** A short line crediting reporters or editors. */
export function isCredit(text: string): boolean {
  return text.length < 300 && CREDITS.some((pattern) => pattern.test(text));
}

/** "Jane Doe is a reporter covering health for The Post." : an author bio closing a story. */
const BIO = /^(?:[\p{Lu}][\p{L}.'’-]+ ){1,4}(?:is|was|covers|writes|has been) (?:a |an |the )?(?:\S+ ){0,6}(?:reporter|correspondent|writer|editor|columnist|journalist|contributor|author|fellow)\b/u;

export function isAuthorBio(text: string): boolean {
  return text.length < 400 && BIO.test(text);
}
