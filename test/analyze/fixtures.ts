import type { AnalysisInput } from '../../lib/types';

/** The founding example: headline, the UPDATE note at the top, and the story's paragraphs. */
export const FOUNDING: AnalysisInput = {
  headline: "Trump, parting with Treasury, says he'll reverse new North Korea sanctions",
  notes: [
    {
      kind: 'update',
      text: 'UPDATE: A National Security Council official said Friday that the sanctions President Trump was referring to in his tweet were not the sanctions announced Thursday by the Treasury Department.',
      date: null,
    },
  ],
  paragraphs: [
    'President Trump tweeted on Friday that despite an announcement from his own Treasury Department that "additional large-scale" sanctions would be imposed on the North Korean regime, he would cancel them: "I have today ordered the withdrawal of those additional sanctions!" It is unclear what sanctions Mr. Trump was referring to.',
    'White House press secretary Sarah Sanders explained in a statement shortly after the tweet that "President Trump likes Chairman Kim and he doesn\'t think these sanctions will be necessary."',
    'The Treasury Department had just announced new sanctions on two China-based shipping companies it says have aided North Korea in evading existing U.N. sanctions. A National Security Council official said later Friday that the sanctions Mr. Trump is pulling back are not the ones that were just imposed.',
    'During a recent background briefing on North Korea, a senior administration official stressed that the maritime industry had to do "more" to stop North Korea\'s illicit shipping practices or risk further sanctions-based consequences by the United States.',
    'The official had noted that Thursday\'s action was consistent with the administration\'s goals of "maintaining pressure as agreed by the international community" on the North Koreans.',
    "Mr. Trump's first summit with Kim in Singapore last year did not result in any tangible steps by the North toward denuclearization. A second summit earlier this year in Vietnam ended early after the two sides could not come to an agreement.",
    'U.S. analysts say North Korea appears to have restored normal operations at a long-range rocket launch site it had partially dismantled last year as part of its steps toward disarmament.',
    "Some experts say North Korea is attempting to convey its displeasure over the breakdown of the high-stakes nuclear summit in Vietnam. The U.S. has maintained that Kim's demands for sanctions relief were excessive. The latest round of talks between the U.S and North Korea broke down after Kim demanded a complete lifting of U.S. sanctions against his regime in exchange for the North Korean opening of one key nuclear facility, at Yongbyon, to some degree of inspection.",
  ],
};

function pair(headline: string, paragraphs: string[]): AnalysisInput {
  return { headline, paragraphs, notes: [] };
}

const MOWER_BODY = [
  'A story claiming that the town of Millbrook has banned lawn mowers on Sundays spread quickly on social media this week.',
  'The story is a hoax. It first appeared on a satirical website, and the notice shown in the posts was doctored from an old parking sign.',
  'Millbrook council officials denied that any ban on lawn mowers had been discussed, let alone passed.',
  '"It is simply fake," said the town clerk, Helen Marsh. "Residents can mow whenever they like, within the usual noise rules."',
];

const KOBANI_BODY = [
  'Islamic State fighters may have entered the Syrian border town of Kobani, according to unconfirmed reports on social media.',
  'Activists claimed that militants had raised their black flag over a building on the eastern edge of the town, but the reports could not be independently verified.',
  'It is unclear whether Kurdish forces still hold the centre of Kobani. A Kurdish official said fighting was continuing and that the town had not fallen.',
  'Turkish tanks stationed on the border have not intervened, and thousands of refugees have crossed into Turkey over the past week.',
];

const MARATHON_BODY = [
  'Kenya\'s Dennis Kimetto won the Berlin Marathon on Sunday in 2 hours, 2 minutes and 57 seconds, breaking the world record.',
  'Kimetto, 30, became the first man to run the marathon in under 2 hours and 3 minutes, taking 26 seconds off the record set by his compatriot Wilson Kipsang in Berlin last year.',
  'Race officials confirmed the time, and the International Association of Athletics Federations said the record would be ratified.',
  '"I feel good because I won a very tough race," Kimetto told reporters at the finish line.',
];

const BAKERY_BODY = [
  'A family bakery in Portland has been selling the same sourdough loaf since 1952, using a starter the founder carried west in a jar.',
  'The owners say the recipe has never changed, though the ovens were replaced in the 1990s.',
  'Customers queue around the block on Saturday mornings, and the loaves usually sell out before noon.',
];

/** Pairs a reader can judge at a glance, with the verdicts they call for. */
export const PAIRS = {
  refuted: pair('Millbrook bans lawn mowers on Sundays', MOWER_BODY),
  hedged: pair('Islamic State militants seize Syrian town of Kobani', KOBANI_BODY),
  backed: pair('Dennis Kimetto breaks marathon world record in Berlin', MARATHON_BODY),
  unrelatedToMarathon: pair('Millbrook bans lawn mowers on Sundays', MARATHON_BODY),
  unrelatedToBakery: pair('Islamic State militants seize Syrian town of Kobani', BAKERY_BODY),
};
