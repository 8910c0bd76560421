import { describe, expect, test } from 'vitest';
import { readClaim } from '../../lib/claim/index';

describe('readClaim: parts', () => {
  test.each([
    ["Trump, parting with Treasury, says he'll reverse new North Korea sanctions", 'Trump', 'will reverse', 'new North Korea sanctions'],
    ['Apple to cut 400 jobs as iPhone sales fall 50%', 'Apple', 'to cut', '400 jobs'],
    ['Google buys Nest for $3.2 billion, sources say', 'Google', 'buys', 'Nest for $3.2 billion'],
    ['ISIS beheads American journalist James Foley', 'ISIS', 'beheads', 'American journalist James Foley'],
    ['Unemployment falls to 5.1 percent', 'Unemployment', 'falls', 'to 5.1 percent'],
    ['Apple may cut 1,000 jobs', 'Apple', 'may cut', '1,000 jobs'],
    // a bare participle before a copula modifies the subject
    ['Body found in Lake Tessa is missing kayaker Owen Pratt', 'Body found in Lake Tessa', 'is', 'missing kayaker Owen Pratt'],
    ['Man arrested in Paris stabbing was on watch list', 'Man arrested in Paris stabbing', 'was', 'on watch list'],
    // with no copula after it, the participle is the headline's verb
    ['Body found in Lake Tessa', 'Body', 'found', 'in Lake Tessa'],
  ])('%s', (headline, subject, predicate, object) => {
    const claim = readClaim(headline);
    expect([claim.subject, claim.predicate, claim.object]).toEqual([subject, predicate, object]);
  });

  test('a verb is found as a whole word, never inside another', () => {
    expect(readClaim('Fisherman catches huge catfish; is it a record?').subject).not.toContain('catf');
  });

  test('a lead-in before a colon gives way to the claim after it, keeping its words', () => {
    const claim = readClaim('That Was Fast: Christian Bale Bails on Steve Jobs Biopic');
    expect(claim.subject).toBe('Christian Bale');
    expect(claim.keywords).toEqual(expect.arrayContaining(['bale', 'biopic', 'fast']));
  });

  test('a headline without a verb is about its opening noun phrase', () => {
    const claim = readClaim('Three dead after shooting in Paris');
    expect(claim.subject).toBe('Three dead');
    expect(claim.predicate).toBeNull();
  });

  test('Title Case headlines read like sentence case ones', () => {
    const claim = readClaim("Trump, Parting With Treasury, Says He'll Reverse New North Korea Sanctions");
    expect(claim.predicate?.toLowerCase()).toBe('will reverse');
    expect(claim.object).toBe('New North Korea Sanctions');
    expect(claim.places).toEqual(['North Korea']);
    expect(claim.modality).toBe('future');
  });
});

describe('readClaim: modality, tense, negation, question', () => {
  test.each([
    ["Trump says he'll reverse new North Korea sanctions", 'future', 'future'],
    ['Facebook to ban political ads', 'future', 'future'],
    ['Netflix plans to raise prices', 'planned', 'present'],
    ['EU considering ban on plastic straws', 'planned', 'present'],
    ['Apple may cut 1,000 jobs', 'possible', 'present'],
    ['Coffee could cut cancer risk', 'possible', 'present'],
    ['Congress would block the deal if Obama signs it', 'conditional', 'present'],
    ['Police arrested two men in Paris', 'asserted', 'past'],
    ['ISIS beheads American journalist', 'asserted', 'present'],
  ])('%s -> %s, %s', (headline, modality, tense) => {
    const claim = readClaim(headline);
    expect([claim.modality, claim.tense]).toEqual([modality, tense]);
  });

  test.each([
    ["Microsoft won't sell Xbox", true],
    ['Man did not die in Ebola outbreak, officials say', true],
    ['Obama never met the rapper, White House says', true],
    ['No evidence of bomb on plane', true],
    ['Apple cuts 400 jobs', false],
    ['Notable rise in knife crime', false],
    ['Nothingness explored in new book', false],
  ])('%s -> negated %s', (headline, negated) => {
    expect(readClaim(headline).negated).toBe(negated);
  });

  test.each([
    ['Is Kim Jong Un dead?', true],
    ['Did a shark really swim down a flooded highway?', true],
    ['Shark swims down flooded highway', false],
    // a question the headline quotes is not the headline asking
    ['"Why now?" asks senator', false],
  ])('%s -> question %s', (headline, question) => {
    expect(readClaim(headline).question).toBe(question);
  });
});

describe('readClaim: numbers', () => {
  test.each([
    ['Sales fall 50% in March', [{ text: '50%', value: 50, unit: '%', direction: 'down' }]],
    ['Startup raises $12 million', [{ text: '$12 million', value: 12_000_000, unit: 'USD', direction: 'up' }]],
    ['Apple to cut 400 jobs', [{ text: '400 jobs', value: 400, unit: 'jobs', direction: 'down' }]],
    ['Profits jump 3.5 percent', [{ text: '3.5 percent', value: 3.5, unit: '%', direction: 'up' }]],
    ['Uber loses £2.4bn', [{ text: '£2.4bn', value: 2_400_000_000, unit: 'GBP', direction: 'down' }]],
    ['Three people killed in blast', [{ text: 'Three people', value: 3, unit: 'people', direction: null }]],
    ['Approval rating up 5 points', [{ text: '5 points', value: 5, unit: 'points', direction: 'up' }]],
    ['Obama to visit Cuba in 2016', []],
    ['Summit set for Jan. 12', []],
    ['The list is kept up to date', []],
  ])('%s', (headline, numbers) => {
    expect(readClaim(headline).numbers).toEqual(numbers);
  });
});

describe('readClaim: quotes and attribution', () => {
  test.each([
    ['Trump calls sanctions "unnecessary"', ['unnecessary']],
    ['Trump calls sanctions “unnecessary”', ['unnecessary']],
    ["Obama calls ISIS 'cancer' in speech", ['cancer']],
    ["Obama: 'We don't have a strategy yet'", ["We don't have a strategy yet"]],
    ["Trump's tweet angers the players' union", []],
    ["He'll reverse sanctions, won't he", []],
  ])('%s -> quotes %j', (headline, quotes) => {
    expect(readClaim(headline).quotes).toEqual(quotes);
  });

  test.each([
    ["Trump, parting with Treasury, says he'll reverse new North Korea sanctions", 'Trump'],
    ['Study finds coffee may cut cancer risk', 'Study'],
    ['Google buys Nest for $3.2 billion, sources say', 'sources'],
    ['North Korea is bluffing, says expert', 'expert'],
    ['Report: Apple to buy Beats', 'Report'],
    ['According to the FBI, crime rose 3 percent', 'the FBI'],
    ['Crime rose 3 percent, according to the FBI', 'the FBI'],
    ["Obama: 'We don't have a strategy yet'", 'Obama'],
    ['Man who says he was abducted by aliens wins lottery', null],
    ['Apple cuts 400 jobs', null],
    ['Exclusive: Apple cuts 400 jobs', null],
  ])('%s -> attribution %s', (headline, attribution) => {
    expect(readClaim(headline).attribution).toBe(attribution);
  });
});

describe('readClaim: entities and keywords', () => {
  test('names people, places and organisations', () => {
    const claim = readClaim("Trump, parting with Treasury, says he'll reverse new North Korea sanctions");
    expect(claim.people).toEqual(['Trump']);
    expect(claim.places).toEqual(['North Korea']);
    expect(claim.organizations).toEqual(['Treasury']);
  });

  test.each([
    ['Mr. Trump met Kim Jong Un in Singapore', 'people', 'Kim Jong Un'],
    ['The Treasury Department announced sanctions', 'organizations', 'Treasury Department'],
    ['FBI denies report on Clinton emails', 'organizations', 'FBI'],
    ['Protests spread across France', 'places', 'France'],
  ])('%s has %s %s', (headline, field, name) => {
    const claim = readClaim(headline);
    expect(claim[field as 'people' | 'places' | 'organizations']).toContain(name);
  });

  test('a capitalised word opening the headline is not a name', () => {
    expect(readClaim('Man was not killed by bear').people).toEqual([]);
  });

  test('keywords carry the claim, not the attribution', () => {
    expect(readClaim("Trump, parting with Treasury, says he'll reverse new North Korea sanctions").keywords).toEqual([
      'trump',
      'revers',
      'north',
      'korea',
      'sanction',
    ]);
  });
});
