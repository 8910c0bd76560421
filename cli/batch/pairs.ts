/** One line of `fine-print batch` input. */
export interface BatchPair {
  id: unknown;
  headline: string;
  body: string;
  notes?: string[];
}

/** Reads one input line; throws with a plain message when it is not a pair. */
export function parsePair(line: string): BatchPair {
  const value: unknown = JSON.parse(line);
  if (!value || typeof value !== 'object') throw new Error('each line must be a JSON object');
  const pair = value as Record<string, unknown>;
  if (typeof pair.headline !== 'string') throw new Error('"headline" must be a string');
  if (typeof pair.body !== 'string') throw new Error('"body" must be a string');
  if (pair.notes !== undefined && !(Array.isArray(pair.notes) && pair.notes.every((n) => typeof n === 'string'))) {
    throw new Error('"notes" must be an array of strings');
  }
  return { id: pair.id ?? null, headline: pair.headline, body: pair.body, notes: pair.notes as string[] | undefined };
}

/** The id of a line that is not a pair, where it has one. */
export function idOf(line: string): unknown {
  try {
    return (JSON.parse(line) as { id?: unknown })?.id ?? null;
  } catch {
    return null;
  }
}
