import type { Lang, LocalizedText } from "@lotrinh/core";

/**
 * The two kinds of failure a user can cause. Both carry a one-line message;
 * the top level prints it and exits with the code, never a stack trace.
 */

/**
 * Exit 1: the command line was well formed but a value in it (or in a file it names) is wrong.
 * Given a LocalizedText, the message is printed in the output language (Vietnamese by default).
 */
export class InputError extends Error {
  readonly exitCode = 1;
  readonly localized: LocalizedText | undefined;
  constructor(message: string | LocalizedText) {
    super(typeof message === "string" ? message : message.en);
    this.localized = typeof message === "string" ? undefined : message;
  }

  /** The message in the language, or as written when it has one language only. */
  text(lang: Lang): string {
    return this.localized?.[lang] ?? this.message;
  }
}

/** Exit 2: the command line itself is malformed (unknown command or flag, missing flag or value). */
export class UsageError extends Error {
  readonly exitCode = 2;
  /** The command whose help the hint points to, if one was recognised. */
  readonly command: string | undefined;
  readonly localized: LocalizedText | undefined;
  constructor(message: string | LocalizedText, command?: string) {
    super(typeof message === "string" ? message : message.en);
    this.localized = typeof message === "string" ? undefined : message;
    this.command = command;
  }

  text(lang: Lang): string {
    return this.localized?.[lang] ?? this.message;
  }
}
