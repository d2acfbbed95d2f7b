import type { Lang, LocalizedText } from "@lotrinh/core";
import type { FlagSpecs, ParsedFlags } from "./args.js";

export interface CommandContext {
  flags: ParsedFlags;
  lang: Lang;
  /** Plain arguments, for commands that declare `positionals`. */
  args?: string[];
}

/** What a command module exports as `command`. It returns its output; main writes it. */
export interface Command {
  /** Synopsis after `lotrinh`, e.g. `targets --region R [--scenario FILE] [--json]`. */
  synopsis: string;
  /** The command's own flags; the global ones (--lang, --help, --version) are added by main. */
  flags: FlagSpecs;
  /** Plain arguments the command takes (`region export|import FILE`); none unless set. */
  positionals?: boolean;
  run(context: CommandContext): string | Promise<string>;
}

export interface CommandEntry {
  summary: LocalizedText;
  /** Loaded only when the command runs, so each command (and what it pulls in) is its own chunk. */
  load(): Promise<{ command: Command }>;
}
