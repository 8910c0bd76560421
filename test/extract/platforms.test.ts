import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../lib/extract/index';
import type { Article, NoteKind, NotePlacement, PageGenre } from '../../lib/types';
import { loadPage } from './fixture';

/** Article pages in the markup of publishing platforms, each checked for story, notes and what is left out. */
interface Expected {
  page: string;
  headline: string;
  /** How the story's first and last paragraphs open. */
  first: string;
  last: string;
  paragraphs: number;
  notes: { kind: NoteKind; starts: string; date: string | null; placement: NotePlacement }[];
  /** Page furniture and note text that must not be among the paragraphs. */
  absent: string[];
  /** What the page says it is; none for a news story. */
  genre?: PageGenre;
}

const CASES: Expected[] = [
  {
    page: 'substack.html',
    headline: 'The quiet collapse of the county library budget',
    first: 'When the Ridgeline County library board met in January',
    last: 'Readers in Millbrook, where the branch is the only public building',
    paragraphs: 6,
    notes: [{ kind: 'update', starts: 'Update (March 5): The library board has scheduled a public hearing', date: '2025-03-05', placement: 'top' }],
    absent: ['Thanks for reading', 'Subscribe', 'Share', 'Discussion about this post', 'the Carver Falls branch just posted', 'school bond math', 'Substack is the home', 'scheduled a public hearing'],
  },
  {
    page: 'medium.html',
    headline: 'What a year of tracking my city’s potholes taught me about data',
    first: 'Last September I started logging every pothole',
    last: 'I shared the spreadsheet with the public works department in August.',
    paragraphs: 7,
    notes: [{ kind: 'clarification', starts: 'Clarification: An earlier version of this story did not make clear', date: null, placement: 'bottom' }],
    absent: ['Member-only story', '6 min read', 'Follow', 'Written by Owen Pryce', 'the bus lane that wasn’t', 'Recommended from Medium', 'Photo by the author', 'did not make clear'],
  },
  {
    page: 'ghost.html',
    headline: 'Harbor dredging plan stalls over sediment tests',
    first: "The Bayline Port Authority's plan to deepen the harbor's main channel",
    last: 'The port authority said it would pay for the additional samples',
    paragraphs: 6,
    notes: [{ kind: 'correction', starts: 'Correction (May 3): An earlier version of this story said the channel', date: '2025-05-03', placement: 'bottom' }],
    absent: ['📌', 'Get local environment news every Thursday', 'Join 4,000 readers', 'Ferry fares to rise', 'beach closures lifted', 'Powered by Ghost', '4 min read', 'deepened by eight feet'],
  },
  {
    page: 'drupal.html',
    headline: 'County approves new emergency radio system after years of dropped calls',
    first: 'The Lakeshore County Board voted 9-2 on Tuesday',
    last: 'The purchase will be paid for with money left over from federal pandemic aid',
    paragraphs: 5,
    notes: [{ kind: 'editors-note', starts: 'Editor’s note: This is the second story in a series', date: null, placement: 'top' }],
    absent: ['We use cookies on this site', 'Public safety', 'Printer-friendly version', 'Related stories', 'dispatch center staffing', 'First snow of the season', 'All rights reserved', 'second story in a series'],
  },
  {
    page: 'apnews-next.html',
    headline: 'Drought forces cattle ranchers to sell herds early',
    first: 'DALTON, Kan. (Wire) — Ranchers across the southern plains',
    last: 'State officials said they were asking the federal government',
    paragraphs: 6,
    notes: [{ kind: 'correction', starts: 'This story has been corrected to show that the national herd', date: null, placement: 'bottom' }],
    absent: ['ADVERTISEMENT', 'Accept All Cookies', 'Copy Link', 'AP Photo', 'Hay prices climb', 'beef import story', 'Most Read', 'All Rights Reserved', 'not 50 years'],
  },
  {
    page: 'reuters-testid.html',
    headline: 'Shipping insurers raise Red Sea premiums as attacks resume',
    first: 'LONDON, Feb 13 (Wireline) - Marine insurers raised war-risk premiums',
    last: 'Others said they would review rates daily rather than weekly',
    paragraphs: 8,
    notes: [{ kind: 'update', starts: '(Adds comment from shipping association in paragraph 5', date: null, placement: 'top' }],
    absent: ['Updated 2 hours ago', '3:02 PM GMT', 'Scroll to continue', 'Reporting by Amira Haddad', 'Our Standards', 'Sign up here', 'Read Next', 'Suez Canal revenue falls', '(Adds comment'],
  },
  {
    page: 'cnn-like.html',
    headline: "Inside the race to save a sinking island's only school",
    first: 'Tavira Atoll (WNN) — The tide came in at breakfast time',
    last: 'Until the money arrives, teachers are moving lessons to the church hall',
    paragraphs: 7,
    notes: [{ kind: 'editors-note', starts: 'Editor’s Note: This story is part of “Higher Ground,”', date: null, placement: 'top' }],
    absent: ['Ad Feedback', 'Link Copied!', 'Students wade to class', 'Related article', 'Seawalls are rising', 'Ferry services resume', 'contributed to this report', 'Higher Ground'],
  },
  {
    page: 'vox-chorus.html',
    headline: 'Why your electric bill went up this summer, explained',
    first: 'If your electric bill this August was the highest you can remember',
    last: "But the underlying trend is unlikely to reverse soon.",
    paragraphs: 7,
    notes: [{ kind: 'correction', starts: 'Correction, August 29, 2024: This story originally misstated the share', date: '2024-08-29', placement: 'bottom' }],
    absent: ['Share this story', 'Sign up for the Climate Brief', 'Heat pumps, explained', 'Will you support our explanatory journalism', 'originally misstated'],
  },
  {
    page: 'yahoo-caas.html',
    headline: 'Airline to refund passengers stranded by software outage',
    first: 'An airline whose flights were grounded for most of Saturday',
    last: 'Consumer advocates said the voucher was welcome',
    paragraphs: 5,
    notes: [{ kind: 'clarification', starts: 'Clarification, June 11: Passengers who booked through travel agents', date: '2025-06-11', placement: 'inline' }],
    absent: ['Yahoo family of brands', 'We and our partners use cookies', 'Share on Facebook', 'Story continues', 'Advertisement', 'Read the original article', 'Storm warnings extended', 'Trending Now', '[Clarification', 'booked through travel agents'],
  },
  {
    page: 'blogger.html',
    headline: 'Water district raises rates, promises pipe repairs',
    first: 'The Arroyo Valley Water District board voted 4-1 on Tuesday night',
    last: 'About twenty residents spoke during public comment.',
    paragraphs: 5,
    notes: [{ kind: 'update', starts: 'UPDATE 5/5: The district posted a draft repair schedule on Friday.', date: '2023-05-05', placement: 'bottom' }],
    absent: ['Posted by', 'Email This', 'BlogThis!', 'Labels:', 'Post a Comment', 'Newer Post', 'Popular Posts', 'Correction to our March budget post', 'Powered by Blogger', 'draft repair schedule'],
  },
  {
    page: 'squarespace.html',
    headline: 'Farm stand owners say new zoning rule would close them',
    first: 'Owners of roadside farm stands along Route 25',
    last: 'Farm advocates plan to bring a petition',
    paragraphs: 5,
    notes: [{ kind: 'retraction', starts: 'Retraction (Oct. 14, 2025): An earlier version of this story reported', date: '2025-10-14', placement: 'top' }],
    absent: ['This website uses cookies', 'Pumpkins for sale', 'Get the Ledger in your inbox', 'Support local news', 'Gwen Talbot', 'LinkedIn', 'hamlet study dates', 'Ferry adds late-night runs', 'regrets the error'],
  },
  {
    page: 'aside-correction.html',
    headline: 'Bridge repairs to close Elm Street lanes through summer',
    first: 'Two of the four lanes on the Elm Street bridge will close',
    last: 'The public works department said it would put up signs',
    paragraphs: 6,
    notes: [{ kind: 'correction', starts: 'Correction (May 1): An earlier version of this story gave the wrong cost', date: '2024-05-01', placement: 'bottom' }],
    absent: ['Classifieds', 'Staff writer', 'More local news', 'Memorial Day parade route', 'Copyright 2024', 'not $8.3 million'],
  },
  {
    page: 'strong-editors-note.html',
    headline: 'Students build weather station on school roof',
    first: 'Members of the Pinecrest High School science club spent most of the winter',
    last: 'Next year the club hopes to add a second station',
    paragraphs: 5,
    notes: [{ kind: 'editors-note', starts: 'Editor’s Note: The reporter’s daughter is a member', date: null, placement: 'top' }],
    absent: ['This site uses cookies', 'Facebook', 'Tags:', 'Get the Tribune in your inbox', 'Robotics team heads', 'our hail coverage', 'reporter’s daughter'],
  },
  {
    page: 'npr-story.html',
    headline: 'Rural hospitals cut maternity care as nurse shortages deepen',
    first: 'When the labor and delivery unit at Pine Hollow Regional Medical Center closed in January',
    last: 'Jennings said the hospital would reopen the unit if it could find the staff.',
    paragraphs: 6,
    notes: [{ kind: 'editors-note', starts: "Editor's note: This story is part of a series on how the nursing shortage", date: null, placement: 'top' }],
    absent: ['We use cookies', 'Updated March 5, 2024 at 4:15 PM ET', 'Listen to this article', 'Maya Ortiz for NPR', 'closed in January.', 'Sign up for the Health newsletter', 'Midwives step in', 'More Stories From NPR', 'Why ER waits', 'NPR thanks our sponsors', 'part of a series'],
  },
  {
    page: 'foxnews-update.html',
    headline: 'Wildfire forces evacuation of mountain town as winds shift',
    first: 'A fast-moving wildfire crossed a state highway Tuesday afternoon',
    last: 'The National Weather Service issued a red flag warning',
    paragraphs: 6,
    notes: [{ kind: 'update', starts: "UPDATE, 3:45 p.m.: The sheriff's office expanded the evacuation order", date: null, placement: 'inline' }],
    absent: ['We use cookies', 'Advertisement', 'Flipboard', 'Firefighters battle flames', 'HEAT WAVE STRAINS POWER GRID', 'Cedar County Fire Department', 'CLICK HERE TO GET THE FOX NEWS APP', 'contributed to this report', 'is a reporter for Fox News Digital', 'Lake patrol rescues', 'campaign trail', 'All rights reserved', 'expanded the evacuation order'],
  },
  {
    page: 'usatoday-gannett.html',
    headline: 'School districts weigh four-day weeks to keep teachers',
    first: 'When the school board in Harlan Springs voted to move to a four-day week',
    last: 'Olsen said the district would review the schedule after three years.',
    paragraphs: 7,
    notes: [{ kind: 'correction', starts: 'A correction was made on Feb. 4, 2023: An earlier version of this story misstated', date: '2023-02-04', placement: 'bottom' }],
    absent: ['We use cookies and data', 'Advertisement', 'Published 1:00 a.m.', 'Ellis Brandt', 'Teacher pay rose last year', 'Daily Briefing newsletter', 'Tax refunds smaller', 'Winter storm heads east', 'Copyright Gannett', 'It is about 900.'],
  },
  {
    page: 'axios-bullets.html',
    headline: 'Cities race to spend federal transit money before deadline',
    first: 'Transit agencies in at least a dozen large cities are rushing',
    last: "What's next: Several state legislatures are weighing new local taxes",
    paragraphs: 9,
    notes: [{ kind: 'update', starts: 'The headline of this article has been changed to reflect that the deadline', date: null, placement: 'bottom' }],
    absent: ['We and our partners use cookies', 'Copy link', 'Photo: Jordan Vale', 'A city bus in a downtown', 'Go deeper', 'Axios AM newsletter', 'E-bike rebates', 'Axios Media Inc.', 'not spending it'],
  },
  {
    page: 'dailymail-bullets.html',
    headline: "Seaside town's pier to close after storm damage leaves supports 'unsafe'",
    // the summary bullets are the publisher's own text about the story, kept as its first lines
    first: "Engineers found cracks in a third of the pier's iron columns",
    last: 'Residents left messages and flowers at the gates of the pier',
    paragraphs: 8,
    notes: [{ kind: 'clarification', starts: 'Clarification: The fishing club has said it will move to the harbour wall', date: null, placement: 'inline' }],
    absent: ['We value your privacy', 'HARRIET LOWE', '20 November 2024', '34 shares', 'has been closed to the public since Friday', 'RELATED ARTICLES', 'Beach hut prices', 'Do you have a story?', 'Comments 57', 'MOST READ NEWS', 'Associated Newspapers', 'harbour wall'],
  },
  {
    page: 'hugo-blog.html',
    headline: "The township's new trash contract, line by line",
    first: 'Last Tuesday the Marsh Creek Township supervisors approved a seven-year contract',
    last: "If you have questions about your own pickup, the hauler's customer line",
    paragraphs: 8,
    notes: [{ kind: 'update', starts: 'Update 2023-02-10: The township clerk says the recycling pickup schedule', date: '2023-02-10', placement: 'top' }],
    absent: ['This site uses cookies', 'Table of Contents', '5 min', 'I read all 86 pages', 'Where the road salt money went', 'Share on Twitter', 'Get new posts by email', 'Powered by', 'posted online by March 1'],
  },
  {
    // a local TV station's story body: one <div> of <br>-separated paragraphs with an ad slot inside
    page: 'inline-clarification.html',
    headline: 'County fair cancels rodeo after insurer pulls coverage',
    first: 'MAPLE FORKS, N.D. (KVLY) - The Cass Valley County Fair will go ahead',
    last: 'The fair board said it would use the arena for a demolition derby',
    paragraphs: 6,
    notes: [{ kind: 'clarification', starts: 'Clarification: The two board members who voted no wanted to delay the decision', date: null, placement: 'inline' }],
    absent: ['[Clarification', 'wanted to delay the decision', 'Advertisement', 'Posted: Jul 08', 'Related Stories', 'Fairgrounds parking plan', 'All Rights Reserved'],
  },
  {
    // BLOX: a lead photo's credit line before the story, and an inline photo's credit after the dateline
    page: 'dateline-photo-credit.html',
    headline: 'Senate passes bill to expand rural broadband grants',
    first: 'WASHINGTON (AP) — The Senate voted 71-27 on Thursday',
    last: 'The House is expected to take up the measure next month.',
    paragraphs: 5,
    notes: [],
    absent: ['Photo: Jane Doe', 'Getty Images', 'Photo by Ken Osei', 'contributed to this report', 'Most Popular', 'Broadband', 'BLOX'],
  },
  {
    page: 'side-correction.html',
    headline: 'A Small-Town Orchestra Finds Its Audience Online',
    first: 'The Harlow Valley Community Orchestra has forty-one members',
    last: 'Pruitt, for his part, has stopped reading the comments.',
    paragraphs: 6,
    notes: [{ kind: 'correction', starts: "Correction: An earlier version of this article misspelled the name of the orchestra's conductor.", date: null, placement: 'bottom' }],
    absent: ['misspelled the name', 'Anika Sjoberg', 'Photograph by Omar Lindqvist', 'Culture', 'Most Popular', 'the bookstore that never closed', 'Tags'],
  },
  {
    // Dotdash Meredith: numbered picks, shop buttons, an affiliate disclosure; JSON-LD ItemList as main entity
    page: 'list-post.html',
    headline: 'The 12 Best Hiking Boots of 2026',
    first: 'A good hiking boot should disappear on your feet',
    last: 'Each boot was worn for at least 50 miles by two testers',
    paragraphs: 28,
    notes: [],
    absent: ['We independently evaluate', 'Buy at REI', 'Was this page helpful?', 'Related Articles', 'The 10 Best Trail Running Shoes', 'Example Media'],
    genre: 'list',
  },
  {
    page: 'product-review.html',
    headline: 'Aurora Pad 11 review: a bright screen let down by its battery',
    first: 'The Aurora Pad 11 has the best screen I have seen on a tablet at this price.',
    last: 'If you mostly read, draw or watch video at home',
    paragraphs: 7,
    notes: [],
    absent: ['Tablet reviews', '$449 at Shop Example', 'out of 5', '2560 x 1600', 'Latest reviews', 'Pixelbook Go 2'],
    genre: 'review',
  },
  {
    // Arc: an "Opinion" kicker over the headline, article:section "Opinion", an /opinion/ address, a closing bio
    page: 'opinion-column.html',
    headline: "Our town doesn't need a bigger parking garage",
    first: 'The city council is about to spend $14 million on a garage',
    last: 'The council votes on March 17.',
    paragraphs: 5,
    notes: [],
    absent: ['Opinion', 'Columnist', 'is a columnist for', 'The school bond is worth the cost', 'All rights reserved'],
    genre: 'opinion',
  },
];

function extracted(page: string): Article {
  const result = extractArticle(loadPage(page), null);
  if (!result.ok) throw new Error(`${page}: ${result.error}`);
  return result.article;
}

describe.each(CASES)('platform page: $page', (expected) => {
  const article = extracted(expected.page);
  const texts = article.paragraphs.map((p) => p.text);

  test('headline', () => {
    expect(article.headline).toBe(expected.headline);
  });

  test('first and last paragraphs, and how many', () => {
    expect(texts[0].startsWith(expected.first), texts[0]).toBe(true);
    expect(texts[texts.length - 1].startsWith(expected.last), texts[texts.length - 1]).toBe(true);
    expect(texts).toHaveLength(expected.paragraphs);
  });

  test('notes: kind, opening, date and placement, once each', () => {
    expect(article.notes.map((n) => ({ kind: n.kind, starts: n.text.slice(0, expected.notes[0]?.starts.length ?? 0), date: n.date, placement: n.placement })))
      .toEqual(expected.notes.map((n) => ({ kind: n.kind, starts: n.starts, date: n.date, placement: n.placement })));
  });

  test.each(expected.absent)('left out of paragraphs: %s', (snippet) => {
    expect(texts.join('\n')).not.toContain(snippet);
  });

  test('genre', () => {
    expect(article.genre).toBe(expected.genre ?? null);
  });

  test('every note is anchored in the page', () => {
    for (const note of article.notes) expect(note.anchor, note.text).not.toBeNull();
  });
});
