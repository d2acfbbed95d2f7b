import { Fragment, type ReactNode } from "react";
import { xmlSafe } from "./xmlText.js";

/**
 * Renders hook-free React elements (the chart's SVG components) to static markup,
 * with the same output as react-dom/server's renderToStaticMarkup for them. It lets
 * the embed draw charts without shipping a React DOM renderer (about 58 KB gzip).
 */

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
/** SVG presentation attributes React writes in kebab case. */
const HYPHENATED = /^(stroke|fill|font|text|dominant|alignment|paint|pointer|clip|color|flood|stop|letter|word|marker|shape|image|lighting|baseline|vector|writing|glyph|unicode|underline|overline|strikethrough)[A-Z]/;
const RENAMED: Record<string, string> = { className: "class", htmlFor: "for", tabIndex: "tabindex", xlinkHref: "xlink:href", xmlLang: "xml:lang", xmlSpace: "xml:space" };
/** Elements whose text React writes raw (CSS and scripts are not HTML-escaped). */
const RAW_TEXT = new Set(["style", "script"]);
const SKIPPED = new Set(["children", "key", "ref", "dangerouslySetInnerHTML", "suppressHydrationWarning"]);

const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
/** Escapes markup characters and strips XML-invalid ones, so no name can make a file invalid XML. */
export function escapeMarkup(text: string): string {
  return NEEDS_ESCAPE.test(text) ? xmlSafe(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!) : text;
}

/** Prop → attribute name, or null for props that are not written (events, children, keys). */
const names = new Map<string, string | null>();

function attributeName(prop: string): string | null {
  let name = names.get(prop);
  if (name !== undefined) return name;
  if (SKIPPED.has(prop) || /^on[A-Z]/.test(prop)) name = null;
  else if (RENAMED[prop]) name = RENAMED[prop];
  else if (HYPHENATED.test(prop)) name = prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  else name = prop;
  names.set(prop, name);
  return name;
}


function attributes(props: Record<string, unknown>): string {
  let out = "";
  for (const prop in props) {
    const value = props[prop];
    if (value === null || value === undefined || typeof value === "function") continue;
    const name = attributeName(prop);
    if (name === null) continue;
    if (typeof value === "boolean") {
      // aria-* and data-* keep "true"/"false"; other boolean attributes are present or absent.
      if (name.startsWith("aria-") || name.startsWith("data-")) out += ` ${name}="${value}"`;
      else if (value) out += ` ${name}=""`;
      continue;
    }
    if (typeof value === "object") throw new Error(`staticMarkup: object value for '${prop}' is not supported`);
    out += ` ${name}="${typeof value === "number" ? value : escapeMarkup(String(value))}"`;
  }
  return out;
}

interface ElementLike {
  type: unknown;
  props: Record<string, unknown> & { children?: ReactNode };
}

function isElement(node: unknown): node is ElementLike {
  return typeof node === "object" && node !== null && "type" in node && "props" in node;
}

export function renderStaticMarkup(node: ReactNode): string {
  return write(node, "");
}

const MEMO = Symbol.for("react.memo");

function isMemo(type: unknown): type is { type: (p: unknown) => ReactNode } {
  return typeof type === "object" && type !== null && (type as { $$typeof?: symbol }).$$typeof === MEMO && typeof (type as { type?: unknown }).type === "function";
}

/** Appends a node's markup to `out`: one growing string instead of arrays joined at every level. */
function write(node: ReactNode, out: string): string {
  if (node === null || node === undefined || typeof node === "boolean") return out;
  if (typeof node === "string") return out + escapeMarkup(node);
  if (typeof node === "number" || typeof node === "bigint") return out + String(node);
  if (Array.isArray(node)) {
    for (const child of node) out = write(child as ReactNode, out);
    return out;
  }
  if (!isElement(node)) throw new Error("staticMarkup: unsupported node");
  const { type, props } = node;
  if (type === Fragment) return write(props.children, out);
  if (typeof type === "function") return write((type as (p: unknown) => ReactNode)(props), out);
  // A memoised component (React.memo): its inner function, called as is (nothing to skip in one pass).
  if (isMemo(type)) return write(type.type(props), out);
  if (typeof type !== "string") throw new Error("staticMarkup: only host elements, function components and memo of them are supported");
  out += `<${type}${attributes(props)}`;
  if (VOID.has(type)) return `${out}/>`;
  out += ">";
  const children = props.children;
  out = RAW_TEXT.has(type) && typeof children === "string" ? out + xmlSafe(children) : write(children, out);
  return `${out}</${type}>`;
}
