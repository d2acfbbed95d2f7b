import { Fragment, type ReactNode } from "react";

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

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function attributeName(prop: string): string {
  if (RENAMED[prop]) return RENAMED[prop];
  if (HYPHENATED.test(prop)) return prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return prop;
}

function attributes(props: Record<string, unknown>): string {
  let out = "";
  for (const [prop, value] of Object.entries(props)) {
    if (SKIPPED.has(prop) || value === null || value === undefined || typeof value === "function") continue;
    if (/^on[A-Z]/.test(prop)) continue;
    const name = attributeName(prop);
    if (typeof value === "boolean") {
      // aria-* and data-* keep "true"/"false"; other boolean attributes are present or absent.
      if (name.startsWith("aria-") || name.startsWith("data-")) out += ` ${name}="${value}"`;
      else if (value) out += ` ${name}=""`;
      continue;
    }
    if (typeof value === "object") throw new Error(`staticMarkup: object value for '${prop}' is not supported`);
    out += ` ${name}="${escapeMarkup(String(value))}"`;
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
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string") return escapeMarkup(node);
  if (typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map(renderStaticMarkup).join("");
  if (!isElement(node)) throw new Error("staticMarkup: unsupported node");
  const { type, props } = node;
  if (type === Fragment) return renderStaticMarkup(props.children);
  if (typeof type === "function") return renderStaticMarkup((type as (p: unknown) => ReactNode)(props));
  if (typeof type !== "string") throw new Error("staticMarkup: only host elements and function components are supported");
  const open = `<${type}${attributes(props)}`;
  if (VOID.has(type)) return `${open}/>`;
  const inner = RAW_TEXT.has(type) && typeof props.children === "string" ? props.children : renderStaticMarkup(props.children);
  return `${open}>${inner}</${type}>`;
}
