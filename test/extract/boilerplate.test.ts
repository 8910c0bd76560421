import { describe, expect, test } from 'vitest';
import { isAuthorBio, isBoilerplate, isCredit, isKicker, isPromoLink, isRelatedLine } from '../../lib/extract/boilerplate';

describe('boilerplate: page furniture', () => {
  test.each([
    'We and our partners use cookies to understand how you use our site, improve your experience and serve you personalized content and advertising.',
    'We and our 842 partners store and/or access information on a device, such as cookies, and process personal data for personalised advertising.',
    'By continuing to use this site, you accept these cookies.',
    'f',
    'in',
    'Share this article',
    'Advertisement',
    'Story continues below advertisement',
    'Related: Storm Dennis: hundreds of homes flooded across England',
    'Read more: How the sanctions work',
    'More from CBS News',
    'Sign up for our daily newsletter',
    'Get the latest headlines delivered to your inbox.',
    'Photo: Reuters',
    '(Getty Images)',
    'Smoke hangs over the downtown skyline on Thursday. (AP Photo/Ted Warren)',
    '© 2019 CBS Interactive Inc. All Rights Reserved.',
    'Follow us on Twitter',
    'Updated on: March 22, 2019 / 7:45 PM / CBS News',
    'March 3, 2022 at 5:14 p.m. EST',
    'A version of this article appears in print on May 10, 2023, Section B, Page 1.',
    'This post may contain affiliate and/or referral links. Please see my disclosure page.',
    'You may also like...',
    'Advert',
    'February 13, 20253:02 PM GMTUpdated 2 hours ago',
    'Updated 5:15 AM EDT, Mon October 6, 2025',
    '📌',
    'Read the original article on Metro Times.',
    'CLICK HERE TO GET THE FOX NEWS APP',
    'Click here to sign up for our weekly briefing',
    'Do you have a story? Email tips@example.com',
    'Got a news tip? Call our newsroom on 555-0100',
    'We independently evaluate all recommended products. If you click on links we provide, we may receive compensation.',
    'Was this page helpful?',
  ])('furniture: %s', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  test.each([
    // near misses: story sentences on the same subjects
    'Regulators said the company used cookies to track users without consent.',
    'The newsletter, which has 40,000 subscribers, was sold last year to a larger publisher.',
    'Copyright law has not kept up with generative tools, the judge wrote.',
    'Related companies in the group also reported losses.',
    'The photo was taken by a Reuters photographer in Kyiv on Monday morning.',
    'He said the share price would recover by the end of the year.',
    'It is unclear what sanctions Mr. Trump was referring to.',
    'The regulator said the post may contain errors and asked the company to correct it.',
    'Updated figures released on Tuesday show the economy grew by 2.1 percent in the third quarter of 2019, faster than economists expected.',
    // live-blog time stamps and section dividers stand in the story's own flow
    '10 p.m.',
    '* * *',
    'On March 3 the council voted 6-3 to approve the plan.',
    'Read the original report, the auditor said, and the numbers speak for themselves.',
    'Click here to see the list, the message told employees, and dozens did before the scam was spotted.',
    'Do you have a story about the pier, she asked the residents who had gathered at the gates.',
    'The site’s owners said they earn commissions when readers buy through its links, which critics called a conflict.',
    'Was this page helpful to anyone, the auditor asked, when the figures on it were two years old?',
  ])('story text: %s', (text) => {
    expect(isBoilerplate(text)).toBe(false);
  });

  test.each([
    ['More local news: Memorial Day parade route set · Council trims school budget', 61, true],
    ['More games news:', 0, false],
    ['More local news outlets have closed this year than in any year since 2005, the study found.', 0, false],
  ])('related line: %s (%i linked) -> %s', (text, linked, expected) => {
    expect(isRelatedLine(text, linked)).toBe(expected);
  });

  test.each([
    ['HEAT WAVE STRAINS POWER GRID ACROSS THE WEST AS TEMPERATURES CLIMB', 66, true],
    ['CLICK HERE TO GET THE FOX NEWS APP', 34, true],
    // near misses: capitals not linked, a linked line in ordinary case, a short linked label
    ['NASA AND THE FAA SIGNED THE AGREEMENT ON MONDAY', 0, false],
    ['Heat wave strains power grid across the West as temperatures climb', 66, false],
    ['WILDFIRES', 9, false],
  ])('promoted link: %s (%i linked) -> %s', (text, linked, expected) => {
    expect(isPromoLink(text, linked)).toBe(expected);
  });

  test.each([
    ['Opinion', true],
    ['ANALYSIS', true],
    ['Guest essay', true],
    // near misses: story lines and headings that begin with the same words
    ['Opinion polls show the race is close.', false],
    ['Analysis of the data', false],
    ['Politics', false],
  ])('kicker: %s -> %s', (text, expected) => {
    expect(isKicker(text)).toBe(expected);
  });

  test('a long run of date-like letters is answered at once', () => {
    const started = performance.now();
    expect(isBoilerplate(`${'at'.repeat(55)} 1x`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('boilerplate: credits and bios', () => {
  test.each([
    ["CBS News' Sara Cook and Olivia Gazis contributed to this report.", true],
    ['The Associated Press contributed to this report.', true],
    ['Reporting by Jeff Mason; Editing by Mary Milliken', true],
    ['Additional reporting by Ana Silva in Lisbon.', true],
    ['Edited by Sam Holmes', true],
    ['Three agencies contributed money to the rescue fund, officials said.', false],
    ['The reporting by local outlets drew criticism from the mayor.', false],
  ])('credit: %s -> %s', (text, expected) => {
    expect(isCredit(text)).toBe(expected);
  });

  test.each([
    ['Maria Alvarez is a reporter covering city government for the Riverside Ledger.', true],
    ['Jane Doe is a senior correspondent for The Post.', true],
    ['Dana Whitfield is a council member who voted against the budget.', false],
  ])('bio: %s -> %s', (text, expected) => {
    expect(isAuthorBio(text)).toBe(expected);
  });
});
