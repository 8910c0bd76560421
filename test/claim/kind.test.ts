import { describe, expect, test } from 'vitest';
import { readClaim } from '../../lib/claim/index';
import { kindOnPage } from '../../lib/claim/kind';
import type { HeadlineKind, PageGenre } from '../../lib/types';

describe('kind: headlines that claim nothing', () => {
  test.each([
    ['Daily Deals: More Black Friday Deals Are Live, Including Controllers and Headphones', 'a deals post, not a claim'],
    ['The 21 best movies of 2017', 'a list title, not a claim'],
    ['These are the 8 coolest PlayStation VR games', 'a list title, not a claim'],
    ["The seven secrets that hotel owners don't want you to know", 'a list title, not a claim'],
    ['Best running shoes of 2026', 'a list title, not a claim'],
    ['How to fix a leaking tap in ten minutes', 'a how-to or guide, not a claim'],
    ['Superbugs: What They Are and How You Get Them', 'a how-to or guide, not a claim'],
    ['Easy lemon drizzle cake recipe', 'a recipe, not a claim'],
    ['Opening Bell 11.18.19', 'a regular column’s label, not a claim'],
    ['Morning Briefing: Nov. 5', 'a regular column’s label, not a claim'],
    ['2018 Boys State Swim Results', 'a results or schedule page, not a claim'],
    ['Bike & Style book with soundtrack review', 'a review’s title, not a claim'],
    ['Hiking the Boulder Flatiron trail with the family', 'a label or title, not a claim'],
    ["The 'birth lottery' and economic mobility", 'a label or title, not a claim'],
  ])('%s -> %s', (headline, reason) => {
    const claim = readClaim(headline);
    expect(claim.kind).toBe('no-claim');
    expect(claim.kindReason).toBe(reason);
  });
});

describe('kind: headlines that claim something', () => {
  test.each<[string, HeadlineKind]>([
    ['The Latest: Man stabbed to death on San Francisco Bay train', 'claim'],
    ['Three dead in Paris shooting', 'claim'],
    ['Seven killed in bus crash in Peru', 'claim'],
    ['New York State Attorney General investigating WeWork and former CEO', 'claim'],
    ['Alibaba to raise up to $12.9bn in landmark Hong Kong listing', 'claim'],
    ['Trump calls the deal a recipe for disaster', 'claim'],
    ['How does the brain turn unconscious information into conscious thought?', 'question'],
    ["'What is the sea telling us?': Māori tribes fearful over whale strandings", 'claim'],
    ['Xbox One X review: A console that keeps up with gaming PCs', 'review'],
    ['Opinion: The city is wrong to ban scooters', 'opinion'],
    // a verb the tagger reads as a plural noun
    ["Drug halts memory loss in Alzheimer's patients", 'claim'],
  ])('%s -> %s', (headline, kind) => {
    const claim = readClaim(headline);
    expect(claim.kind).toBe(kind);
    expect(claim.kindReason).toBeNull();
  });
});

describe('kind: what the page says it is', () => {
  test.each<[HeadlineKind, PageGenre | null, HeadlineKind]>([
    ['claim', 'opinion', 'opinion'],
    ['question', 'review', 'review'],
    ['claim', 'recipe', 'no-claim'],
    ['claim', 'how-to', 'no-claim'],
    ['claim', 'fact-check', 'claim'],
    ['claim', null, 'claim'],
    // a list title stays a list title on an opinion page
    ['no-claim', 'opinion', 'no-claim'],
  ])('%s on a %s page -> %s', (kind, genre, expected) => {
    expect(kindOnPage({ kind, reason: kind === 'no-claim' ? 'a list title, not a claim' : null }, genre).kind).toBe(expected);
  });
});
