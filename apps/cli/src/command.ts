import type { Lang, LocalizedText } from "@lotrinh/core";
import type { FlagSpecs, ParsedFlags } from "./args.js";

export interface CommandContext {
  flags: ParsedFlags;
  lang: Lang;
}

/** What a command module exports as `command`. It returns its output; main writes it. */
export interface Command {
  /** Synopsis after `lotrinh`, e.g. `targets --region R [--scenario FILE] [--json]`. */
  synopsis: string;
  /** The command's own flags; the global ones (--lang, --help, --version) are added by main. */
  flags: FlagSpecs;
  run(context: CommandContext): string | Promise<string>;
}

export interface CommandEntry {
  summary: LocalizedText;
  /** Loaded only when the command runs, so each command (and what it pulls in) is its own chunk. */
  load(): Promise<{ command: Command }>;
}
