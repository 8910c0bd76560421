import { afterEach, describe, expect, test, vi } from 'vitest';
import { nlp } from '../../lib/nlp/load';

interface World {
  hooks: string[];
  compute: Record<string, (view: unknown) => void>;
}

afterEach(() => vi.restoreAllMocks());

describe("the headline's parse", () => {
  test("runs compromise's tagging steps but not its phrase chunker, whose chunks nothing reads", () => {
    const world = nlp.world() as unknown as World;
    const chunker = vi.spyOn(world.compute, 'chunks');
    const doc = nlp('Mayor Ana Ruiz of Portland says the city will ban cars from Main Street');
    expect(chunker).not.toHaveBeenCalled();
    expect(world.hooks).toEqual(expect.arrayContaining(['lexicon', 'preTagger', 'postTagger']));
    expect(doc.people().out('array')).toEqual(['Ana Ruiz']);
    expect(doc.places().out('array')).toContain('Portland');
    expect(doc.match('#Verb').out('array')).toEqual(['says', 'will', 'ban']);
  });
});
