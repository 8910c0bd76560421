import { describe, expect, test } from 'vitest';
import { readClaim } from '../../lib/claim/index';
import { asksQuestion, attributionWord, readStance } from '../../lib/claim/stance';

describe('stance: asserts', () => {
  test.each([
    'Storm knocks out power to 40,000 homes',
    'City council bans plastic bags from next year',
    'Apple to buy Beats for $3.2 billion',
    'Bitcoin falls 20% in a week',
    'Company announces 400 job cuts',
    'Mayor vows to rebuild the bridge by spring',
    'New video shows the bridge collapsing into the river',
    'Satellite photo reveals a huge crater in the desert',
    'Police confirm arrest of a second suspect',
    'You can now pay for the bus with your phone',
    // near misses: a report, a negation or a denial word that does not put the claim in doubt
    'Man who says he was abducted by aliens returns home',
    'Teacher who had no idea she had won the lottery quits her job',
    'Crowds chant "don\'t shoot" outside the courthouse',
    'Photo of the shark on the highway is no hoax',
    'Trapped miners found alive after six days',
    'Tesla will build its factory in Nevada, not Texas',
    // a leak of gas or water is no leak of news
    'Gas leak caused Dorrance apartment explosion',
    'Water leak floods the museum basement',
  ])('%s', (headline) => {
    expect(readStance(headline)).toBe('asserts');
  });
});

describe('stance: reports', () => {
  test.each([
    'Apple reportedly working on a foldable phone',
    'Google buys Nest for $3.2 billion, sources say',
    'Report: Amazon to open its first bookshop',
    'Tower to close next year, officials say',
    'According to officials, the bridge will close in May',
    'Police say two men were arrested in Paris',
    'Man claims he found a pearl in his oysters',
    'Militants claim to have shot down a jet',
    'Video purports to show the crash',
    'Rumour: the band is splitting up',
    'Leaked memo hints at layoffs',
    'Microsoft may buy the game studio',
    'Senator: the deal is off',
    'Coach: we were robbed by the referee',
    'Was the painting stolen from the museum?',
    'Is the tower closing?',
  ])('%s', (headline) => {
    expect(readStance(headline)).toBe('reports');
  });
});

describe('stance: denies', () => {
  test.each([
    'Police deny two men were arrested in Paris',
    'Ministry denies it banned the app',
    'The photo of a shark on the highway is a hoax',
    'The video of the flying cow was faked',
    'Story about the talking dog was made up',
    'No, the mayor did not ban bicycles',
    'Actor did not die in a car crash',
    'Painting not stolen, museum says',
    'Fact-checkers debunk viral claim about free pizza',
    'Rumours of the merger put to rest',
    'Astronomers doubt a meteor made the crater',
    'Singer is alive and well despite death rumours',
    'Kidnapped reporter says she is safe and well',
    'Prankster fools thousands into thinking the tower fell',
    'Officials shoot down claims of a tiger on the loose',
    // a denial outweighs the report of what it denies
    'Rumours of the merger denied by both companies',
  ])('%s', (headline) => {
    expect(readStance(headline)).toBe('denies');
  });
});

describe('stance: read inside the claim', () => {
  test.each([
    ['Police say two men were arrested in Paris', 'reports'],
    ['Police deny two men were arrested in Paris', 'denies'],
    ['Police arrested two men in Paris', 'asserts'],
    ["Trump, Parting With Treasury, Says He'll Reverse New North Korea Sanctions", 'reports'],
  ])('%s -> %s', (headline, stance) => {
    expect(readClaim(headline).stance).toBe(stance);
    // the claim reader's own signals and the headline alone agree
    expect(readStance(headline)).toBe(stance);
  });
});

describe('stance: the word tying a headline to its source', () => {
  test.each([
    ['mayor says the bridge will close', 'Mayor', 'says'],
    ['senator: the deal is off', 'Senator', ':'],
    ['tower to close, officials say', 'officials', 'say'],
    ['photo reveals a huge crater', 'Photo', 'reveals'],
    ['trump, parting with treasury, says he will act', 'Trump', 'says'],
    ['nothing here', 'Mayor', null],
  ])('%s | %s -> %s', (folded, source, word) => {
    expect(attributionWord(folded, source)).toBe(word);
  });

  test.each([
    ['Is Kim Jong Un dead?', true],
    ['"Why now?" asks senator', false],
    ['Shark swims down flooded highway', false],
  ])('%s asks a question: %s', (text, asks) => {
    expect(asksQuestion(text)).toBe(asks);
  });
});
