/**
 * The two kinds of failure a user can cause. Both carry a one-line message;
 * the top level prints it and exits with the code, never a stack trace.
 */

/** Exit 1: the command line was well formed but a value in it (or in a file it names) is wrong. */
export class InputError extends Error {
  readonly exitCode = 1;
}

/** Exit 2: the command line itself is malformed (unknown command or flag, missing flag or value). */
export class UsageError extends Error {
  readonly exitCode = 2;
  /** The command whose help the hint points to, if one was recognised. */
  readonly command: string | undefined;
  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}
