import type { LocalizedText } from "@lotrinh/core";
import { UsageError } from "./errors.js";

/** A flag a command accepts. String flags take a value (`--region sa-pa` or `--region=sa-pa`). */
export interface FlagSpec {
  /** `list`: a string flag that may be given several times (`--scenario a.json --scenario b.json`). */
  kind: "string" | "boolean" | "list";
  required?: boolean;
  /** Placeholder shown in help and in "needs a value" messages, e.g. FILE. */
  valueName?: string;
  /** One-letter alias, e.g. `h` for `-h`. */
  short?: string;
  help: LocalizedText;
}

export type FlagSpecs = Readonly<Record<string, FlagSpec>>;
export type ParsedFlags = Record<string, string | string[] | boolean | undefined>;

/** Flags every command accepts; they may also stand before the command name. */
export const GLOBAL_FLAGS: FlagSpecs = {
  lang: { kind: "string", valueName: "vi|en", help: { vi: "ngôn ngữ đầu ra (mặc định vi)", en: "output language (default vi)" } },
  help: { kind: "boolean", short: "h", help: { vi: "in hướng dẫn này", en: "print this help" } },
  version: { kind: "boolean", help: { vi: "in số phiên bản", en: "print the version" } },
};

/**
 * Finds the command name: the first argument that is neither a flag nor the
 * value of a global flag that takes one (`lotrinh --lang en targets …`).
 */
export function splitCommand(argv: readonly string[]): { command: string | undefined; rest: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("-")) return { command: arg, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
    const name = arg.replace(/^--?/, "");
    if (GLOBAL_FLAGS[name]?.kind === "string") i++;
  }
  return { command: undefined, rest: [...argv] };
}

function lookup(token: string, specs: FlagSpecs): [string, FlagSpec] | undefined {
  if (token.startsWith("--")) {
    const spec = specs[token.slice(2)];
    return spec ? [token.slice(2), spec] : undefined;
  }
  return Object.entries(specs).find(([, spec]) => spec.short === token.slice(1));
}

/** A value must not look like another flag; a negative number (`-1`) is still a value. */
function isValue(arg: string | undefined): arg is string {
  return arg !== undefined && (!arg.startsWith("-") || /^-\d/.test(arg));
}

/**
 * Parses the arguments after the command name against the flags it accepts.
 * Every malformed line is a UsageError (exit 2) naming the offending argument.
 */
export function parseFlags(
  args: readonly string[],
  specs: FlagSpecs,
  command: string | undefined,
  /** Collects plain arguments (`region import FILE`) for commands that take them; otherwise they are refused. */
  positionals?: string[],
): ParsedFlags {
  const where = command ? ` for '${command}'` : "";
  const whereVi = command ? ` cho lệnh '${command}'` : "";
  const flags: ParsedFlags = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (positionals && !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    if (!arg.startsWith("-") || arg === "-" || arg === "--")
      throw new UsageError({ vi: `đối số thừa '${arg}'${whereVi}`, en: `unexpected argument '${arg}'${where}` }, command);
    const eq = arg.indexOf("=");
    const token = eq > 0 && arg.startsWith("--") ? arg.slice(0, eq) : arg;
    const found = lookup(token, specs);
    if (!found) throw new UsageError({ vi: `không có tuỳ chọn ${token}${whereVi}`, en: `unknown flag ${token}${where}` }, command);
    const [name, spec] = found;
    if (flags[name] !== undefined && spec.kind !== "list")
      throw new UsageError({ vi: `tuỳ chọn --${name} được cho hai lần`, en: `flag --${name} is given twice` }, command);
    if (spec.kind === "boolean") {
      if (eq > 0 && token !== arg)
        throw new UsageError({ vi: `tuỳ chọn --${name} không nhận giá trị`, en: `flag --${name} takes no value` }, command);
      flags[name] = true;
      continue;
    }
    const value = token !== arg ? arg.slice(eq + 1) : isValue(args[i + 1]) ? args[++i] : undefined;
    if (value === undefined || value === "")
      throw new UsageError(
        { vi: `tuỳ chọn --${name} cần một giá trị (${spec.valueName ?? "VALUE"})`, en: `flag --${name} needs a value (${spec.valueName ?? "VALUE"})` },
        command,
      );
    if (spec.kind === "list") flags[name] = [...((flags[name] as string[] | undefined) ?? []), value];
    else flags[name] = value;
  }
  return flags;
}

/** Checks required flags after parsing, so that `--help` works without them. --region-file stands in for --region. */
export function requireFlags(flags: ParsedFlags, specs: FlagSpecs, command: string): void {
  if (flags.region !== undefined && flags["region-file"] !== undefined)
    throw new UsageError({ vi: "chỉ cho --region hoặc --region-file, không cho cả hai", en: "give --region or --region-file, not both" }, command);
  for (const [name, spec] of Object.entries(specs))
    if (spec.required && flags[name] === undefined && !(name === "region" && flags["region-file"] !== undefined))
      throw new UsageError(
        {
          vi: `lệnh '${command}' cần --${name} ${spec.valueName ?? "VALUE"}${name === "region" ? " hoặc --region-file FILE" : ""}`,
          en: `'${command}' needs --${name} ${spec.valueName ?? "VALUE"}${name === "region" ? " or --region-file FILE" : ""}`,
        },
        command,
      );
}

/** Every command that takes --region also takes --region-file FILE. */
export function withRegionFile(specs: FlagSpecs, regionFile: FlagSpec): FlagSpecs {
  return specs.region && !specs["region-file"] ? { ...specs, "region-file": regionFile } : specs;
}

export function listFlag(flags: ParsedFlags, name: string): string[] {
  const value = flags[name];
  return Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
}

export function stringFlag(flags: ParsedFlags, name: string): string | undefined {
  const value = flags[name];
  return typeof value === "string" ? value : undefined;
}
