import type { Lang } from "@lotrinh/core";
import { GLOBAL_FLAGS, type FlagSpecs } from "./args.js";
import type { Command, CommandEntry } from "./command.js";
import { COMMANDS } from "./commands.js";
import { words } from "./words.js";

function flagLines(specs: FlagSpecs, lang: Lang): string {
  const rows = Object.entries(specs).map(([name, spec]) => {
    const names = (spec.short ? `-${spec.short}, ` : "") + `--${name}` + (spec.valueName ? ` ${spec.valueName}` : "");
    const required = spec.required ? ` (${words(lang).required})` : "";
    return `  ${names.padEnd(20)}  ${spec.help[lang]}${required}`;
  });
  return rows.join("\n");
}

export function generalHelp(lang: Lang, version: string): string {
  const w = words(lang);
  const commands = Object.entries(COMMANDS).map(([name, entry]) => `  ${name.padEnd(10)}  ${entry.summary[lang]}`);
  return [
    `Lộ Trình ${version}: ${w.tagline}`,
    "",
    `${w.usage}: lotrinh <${w.commands.toLowerCase()}> [${w.options.toLowerCase()}]`,
    "",
    `${w.commands}:`,
    ...commands,
    "",
    `${w.commonOptions}:`,
    flagLines(GLOBAL_FLAGS, lang),
    "",
    w.exitCodes,
    w.moreHelp,
    "",
  ].join("\n");
}

export function commandHelp(name: string, entry: CommandEntry, command: Command, lang: Lang): string {
  const w = words(lang);
  return [
    `lotrinh ${name}: ${entry.summary[lang]}`,
    "",
    `${w.usage}: lotrinh ${command.synopsis}`,
    "",
    `${w.options}:`,
    flagLines(command.flags, lang),
    flagLines(GLOBAL_FLAGS, lang),
    "",
    w.exitCodes,
    "",
  ].join("\n");
}
