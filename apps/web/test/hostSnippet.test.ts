import { describe, expect, it } from "vitest";
import { EMBED_HEIGHT_MESSAGE, embedUrl, hostSnippet, INITIAL_EMBED_HEIGHT, type EmbedTarget } from "../src/embed/hostSnippet";
import { parseEmbedParams } from "../src/embed/embedParams";

const target: EmbedTarget = {
  appUrl: "https://lotrinh.example/app/",
  chart: "grdpPerCapita",
  lang: "vi",
  link: { region: "sa-pa", base: "plan", id: "u-abcd1234", diff: "eyJuIjoiWCJ9" },
  title: "GRDP bình quân đầu người (triệu đồng/người) — Thị xã Sa Pa",
};

describe("embed URL", () => {
  it("puts the chart in the query and the app's own link in the fragment", () => {
    expect(embedUrl(target)).toBe(
      "https://lotrinh.example/app/embed.html?region=sa-pa&chart=grdpPerCapita#v1&r=sa-pa&b=plan&id=u-abcd1234&s=eyJuIjoiWCJ9",
    );
    // Language and view only when they are not the defaults; the fragment never carries the language.
    expect(embedUrl({ ...target, lang: "en", view: "cumulative", link: { region: "sa-pa", base: "plan", lang: "en" } })).toBe(
      "https://lotrinh.example/app/embed.html?region=sa-pa&chart=grdpPerCapita&view=cumulative&lang=en#v1&r=sa-pa&b=plan",
    );
  });

  it("carries &fan=1 when the chart shows its fan bands, and the parser reads it back", () => {
    const url = new URL(embedUrl({ ...target, fan: true }));
    expect(url.searchParams.get("fan")).toBe("1");
    const parsed = parseEmbedParams(url.search, url.hash);
    expect(parsed.ok && parsed.params.fan).toBe(true);
    expect(new URL(embedUrl(target)).searchParams.has("fan")).toBe(false);
  });

  it("is read back by the embed's parameter parser to the same chart and state", () => {
    const url = new URL(embedUrl({ ...target, lang: "en", view: "level", link: { ...target.link, view: "compare", compare: ["plan", "u-abcd1234"] } }));
    const parsed = parseEmbedParams(url.search, url.hash);
    expect(parsed).toEqual({
      ok: true,
      params: {
        region: "sa-pa",
        chart: "grdpPerCapita",
        view: "level",
        lang: "en",
        link: { region: "sa-pa", base: "plan", id: "u-abcd1234", diff: "eyJuIjoiWCJ9", view: "compare", compare: ["plan", "u-abcd1234"] },
        fan: false,
      },
    });
  });
});

describe("host snippet", () => {
  const snippet = hostSnippet(target);
  const iframe = /^<iframe ([^>]*)><\/iframe>\n<script>([\s\S]*)<\/script>\n$/.exec(snippet);

  it("is an iframe followed by the script that sizes it", () => {
    expect(iframe).not.toBeNull();
    const attrs = iframe![1]!;
    // & is escaped in the attribute, so the address survives any HTML editor.
    expect(attrs).toContain(
      'src="https://lotrinh.example/app/embed.html?region=sa-pa&amp;chart=grdpPerCapita#v1&amp;r=sa-pa&amp;b=plan&amp;id=u-abcd1234&amp;s=eyJuIjoiWCJ9"',
    );
    expect(attrs).toContain('title="GRDP bình quân đầu người (triệu đồng/người) — Thị xã Sa Pa"');
    expect(attrs).toContain(`height="${INITIAL_EMBED_HEIGHT}"`);
    expect(attrs).toContain('width="100%"');
  });

  it("listens only to its own iframe, from the embed's origin, for the height message", () => {
    const script = iframe![2]!;
    expect(script).toContain("e.source!==f.contentWindow");
    expect(script).toContain("e.origin!==o");
    expect(script).toContain(`d.type!=="${EMBED_HEIGHT_MESSAGE}"`);
    expect(script).toContain("document.currentScript.previousElementSibling");
  });

  it("sizes the iframe when run in a page, and ignores other windows' messages", () => {
    const script = iframe![2]!;
    const frameWindow = {};
    const frame = { src: "https://lotrinh.example/app/embed.html?region=sa-pa", contentWindow: frameWindow, style: { height: "" } };
    let listener: ((e: unknown) => void) | undefined;
    const window = { addEventListener: (type: string, fn: (e: unknown) => void) => type === "message" && (listener = fn) };
    const document = { currentScript: { previousElementSibling: frame } };
    new Function("window", "document", script)(window, document);
    const origin = "https://lotrinh.example";
    listener!({ source: {}, origin, data: { type: EMBED_HEIGHT_MESSAGE, height: 900 } });
    listener!({ source: frameWindow, origin: "https://evil.example", data: { type: EMBED_HEIGHT_MESSAGE, height: 900 } });
    listener!({ source: frameWindow, origin, data: { type: "other", height: 900 } });
    listener!({ source: frameWindow, origin, data: { type: EMBED_HEIGHT_MESSAGE, height: "1e9" } });
    expect(frame.style.height).toBe("");
    listener!({ source: frameWindow, origin, data: { type: EMBED_HEIGHT_MESSAGE, height: 512.4, chart: "grdpPerCapita" } });
    expect(frame.style.height).toBe("513px");
  });

  it("escapes markup in every value it writes", () => {
    const hostile = hostSnippet({
      ...target,
      appUrl: 'https://x.example/"><script>alert(1)</script>/',
      title: '"><script>alert(1)</script><b x=\'',
    });
    const [html] = hostile.split("<script>(function");
    expect(html).not.toMatch(/<script>alert|<b x=/);
    expect(html).toContain("title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;b x=&#x27;\"");
  });
});
