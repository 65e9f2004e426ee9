/** Something wrong with how the command was called or with its input: one line on stderr, exit 2. */
export class UsageError extends Error {}
