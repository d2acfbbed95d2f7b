import type { Lang } from "@lotrinh/core";
import pkg from "../package.json" with { type: "json" };
import { GLOBAL_FLAGS, parseFlags, requireFlags, splitCommand, stringFlag, withRegionFile, type ParsedFlags } from "./args.js";
import { REGION_FILE_FLAG } from "./common-flags.js";
import { useRegionFile } from "./region-file.js";
import { COMMANDS } from "./commands.js";
import { InputError, UsageError } from "./errors.js";
import { commandHelp, generalHelp } from "./help.js";
import { closest } from "./suggest.js";
import { terminalText } from "./terminal-text.js";

function langOf(flags: ParsedFlags, command: string | undefined): Lang {
  const lang = stringFlag(flags, "lang") ?? "vi";
  if (lang !== "vi" && lang !== "en")
    throw new UsageError({ vi: `tuỳ chọn --lang phải là vi hoặc en, không phải '${lang}'`, en: `flag --lang must be vi or en, not '${lang}'` }, command);
  return lang;
}

/** Runs one command line and returns what to print on stdout. */
async function run(argv: readonly string[]): Promise<string> {
  const { command: name, rest } = splitCommand(argv);
  if (name === undefined) {
    // Bare `lotrinh` is a request for help, not a mistake.
    const flags = parseFlags(rest, GLOBAL_FLAGS, undefined);
    const lang = langOf(flags, undefined);
    return flags.version ? `${pkg.version}\n` : generalHelp(lang, pkg.version);
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    const guess = closest(name, Object.keys(COMMANDS));
    throw new UsageError({
      vi: `không có lệnh '${name}'${guess ? `; ý bạn là '${guess}'?` : ""}`,
      en: `unknown command '${name}'${guess ? `; did you mean '${guess}'?` : ""}`,
    });
  }
  const { command } = await entry.load();
  const specs = withRegionFile(command.flags, REGION_FILE_FLAG);
  const args: string[] | undefined = command.positionals ? [] : undefined;
  const flags = parseFlags(rest, { ...specs, ...GLOBAL_FLAGS }, name, args);
  const lang = langOf(flags, name);
  if (flags.help) return commandHelp(name, entry, { ...command, flags: specs }, lang);
  if (flags.version) return `${pkg.version}\n`;
  requireFlags(flags, specs, name);
  // A region file is read once here; the command then finds it by its id like a seeded region.
  const regionFile = stringFlag(flags, "region-file");
  if (regionFile !== undefined) flags.region = (await useRegionFile(regionFile, lang)).id;
  const output = await command.run({ flags, lang, args });
  // JSON escapes what it must; in tables and summaries control characters become visible escapes.
  return flags.json ? output : terminalText(output);
}

/**
 * The output language for a failure, read from the raw arguments: an error may come
 * before the flags are parsed. Vietnamese unless `--lang en` (or `--lang=en`) is given.
 */
function errorLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--lang" && argv[i + 1] === "en") return "en";
    if (argv[i] === "--lang=en") return "en";
  }
  return "vi";
}

/** Every failure ends here as one line (plus a hint for usage errors); the exit code says which kind. */
function report(error: unknown, lang: Lang): number {
  if (error instanceof UsageError) {
    const help = error.command ? `lotrinh ${error.command} --help` : "lotrinh --help";
    const hint = lang === "vi" ? `Chạy '${help}' để xem cách dùng.` : `Run '${help}' for usage.`;
    process.stderr.write(`lotrinh: ${terminalText(error.text(lang), false)}\n${hint}\n`);
    return error.exitCode;
  }
  if (error instanceof InputError) {
    // One line for the messages worded in both languages; others may list several problems, one a line.
    process.stderr.write(`lotrinh: ${terminalText(error.text(lang), error.localized === undefined)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`lotrinh: internal error: ${message.split("\n")[0]}\n`);
  if (process.env.LOTRINH_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return 1;
}

// A reader that stops early (`lotrinh project … | head`) closes the pipe: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  process.stderr.write(`lotrinh: internal error: cannot write output: ${error.message}\n`);
  process.exit(1);
});

try {
  process.stdout.write(await run(process.argv.slice(2)));
} catch (error) {
  process.exitCode = report(error, errorLang(process.argv.slice(2)));
}
