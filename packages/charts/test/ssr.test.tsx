import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TrajectoryChart } from "../src/index.js";
import { saPaChart } from "./fixture.js";

describe("TrajectoryChart on the server", () => {
  it("renders with react-dom/server, no DOM needed", () => {
    const html = renderToStaticMarkup(<TrajectoryChart {...saPaChart("grdpPerCapita", "vi")} idPrefix="pc" onActiveYearChange={() => {}} />);
    expect(html).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" role="img" aria-labelledby="pc-title pc-desc" viewBox="0 0 640 \d+" width="640"/);
    expect(html).toContain('<title id="pc-title">GRDP bình quân đầu người (triệu đồng/người)</title>');
    expect(html).toContain('<desc id="pc-desc">GRDP bình quân đầu người tăng từ 118 triệu đồng năm 2023');
    // In the app the page owns the title, background and fonts: no visible title or <style>.
    expect(html).not.toContain("chart__title");
    expect(html).not.toContain("<style>");
    // One focusable mark per year, each with a native title.
    expect(html.match(/<g class="mark [^"]*" tabindex="0"/g)).toHaveLength(6);
  });

  it("gives each chart its own ids when no prefix is passed", () => {
    const html = renderToStaticMarkup(
      <>
        <TrajectoryChart {...saPaChart("grdpPerCapita", "vi")} />
        <TrajectoryChart {...saPaChart("grdpPerCapita", "vi")} />
      </>,
    );
    const ids = [...html.matchAll(/<title id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[0]).toMatch(/^[A-Za-z0-9_-]+-title$/);
  });

  it("draws the focus label of the active year with the marks' text for every scenario", () => {
    const html = renderToStaticMarkup(<TrajectoryChart {...saPaChart("grdpPerCapita", "en", { count: 2 })} activeYear={2024} />);
    const focus = /<g class="focus"[^]*?<\/g>/.exec(html)?.[0] ?? "";
    expect(focus).toContain("focus__box");
    // 2024 per capita: 118 × 1.15404 = 136.18; growth (1.145 × 1.02 / 1.012) − 1 = 15.41 %.
    expect(focus).toContain(">2024 · Kế hoạch: 136.2 million VND/person</text>");
    expect(focus).toMatch(/>2024 · Tăng trưởng cao: [\d.]+ million VND\/person<\/text>/);
    expect(focus).toContain(">projected; 15.41% on the previous year (projected)</text>");
  });

  it("stretches the layout to the given width and height", () => {
    const html = renderToStaticMarkup(<TrajectoryChart {...saPaChart("grdpGrowth", "en", { width: 1200 })} height={500} />);
    expect(html).toContain('viewBox="0 0 1200 500" width="1200" height="500"');
  });
});
