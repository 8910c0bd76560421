/** Bad command-line usage: exit code 2 and one plain line on stderr. */
export class UsageError extends Error {}

/** An input that could not be read or held no article: reported per input, the rest go on. */
export class InputError extends Error {}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] || error.name;
  return String(error);
}
