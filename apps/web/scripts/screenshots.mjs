// Screenshots of the editor (Vietnamese and English), an edited scenario, the compare view, a
// phone-width layout, the report view and chart embeds in a host page, for looking at the UI.
// Usage: npm run screenshots [-- --no-build]   → test-results/screenshots/*.png
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { appRoot, buildApp, launchChromium, serveDist } from "./serve.mjs";
import { hostArticle, serveHostPages } from "./hostPage.mjs";

const out = join(appRoot, "test-results", "screenshots");
mkdirSync(out, { recursive: true });
if (!process.argv.includes("--no-build")) await buildApp();
const server = await serveDist();
const host = await serveHostPages();
const browser = await launchChromium();

/** Lowers Sa Pa's 2024 GRDP growth from the keyboard: edit marks, a missed target, a focused slider. */
async function editFromKeyboard(page) {
  const slider = page.getByRole("slider", { name: "Tăng trưởng GRDP 2024", exact: true });
  await slider.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowLeft");
  await page.waitForTimeout(300);
}

/** Lào Cai with per capita outcomes of 90 (2022) and 97,5 (2024, estimate): level rows, verdict, basis. */
async function enterOutcomes(page) {
  // The section's fold may already be open: a click would close it.
  const section = page.locator(".level-outcomes-fold");
  if ((await section.getAttribute("open")) === null) await section.locator("> summary").click();
  await page.locator(".level-outcomes summary", { hasText: "GRDP bình quân đầu người" }).click();
  for (const [year, kind, value] of [[2022, "actual", "90"], [2024, "estimate", "97,5"]]) {
    await page.getByRole("combobox", { name: `Loại số liệu: GRDP bình quân đầu người ${year}` }).selectOption(kind);
    const box = page.getByRole("textbox", { name: `Giá trị GRDP bình quân đầu người ${year}` });
    await box.fill(value);
    await box.press("Enter");
  }
  await page.locator(".probability[data-probability]").first().waitFor();
}

/** The "Độ nhạy" tornado of Lào Cai's per capita target, opened from its row. */
async function openTornado(page) {
  await page.getByRole("button", { name: /^Độ nhạy của GRDP bình quân đầu người/ }).click();
  await page.locator(".tornado-dialog svg").waitFor();
}

/** The uncertainty editor, opened; probabilities and fans drawn. */
async function openUncertainty(page) {
  await page.locator(".uncertainty-fold > summary").click();
  await page.locator(".uncertainty-editor").waitFor();
  await page.locator(".fan__band--90").first().waitFor();
}

try {
  // Editor, compare and report at a desktop's 1280 px and a phone's 390 px, in both languages;
  // the first screen and the whole page (a phone must show the answer first, and nothing wider).
  const views = [
    ["editor", "", ".chart-box svg"],
    ["compare", "&view=compare&c=plan,high-growth,cautious", ".compare-table"],
    ["report", "&view=report", "figure.report-chart svg"],
  ];
  for (const width of [1280, 390]) {
    const sized = await browser.context.newPage();
    await sized.setViewportSize({ width, height: width < 700 ? 844 : 900 });
    for (const lang of ["vi", "en"])
      for (const [view, query, ready] of views) {
        await sized.goto("about:blank");
        await sized.goto(`${server.url}#v1&r=sa-pa${query}${lang === "en" ? "&lang=en" : ""}`);
        await sized.locator(ready).first().waitFor();
        await sized.waitForTimeout(500);
        const name = `${view}-${width}-${lang}`;
        await sized.screenshot({ path: join(out, `${name}.png`) });
        await sized.screenshot({ path: join(out, `${name}-full.png`), fullPage: true });
        const overflow = await sized.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        console.log(join(out, `${name}.png`), overflow > 0 ? `(overflows by ${overflow} px)` : "");
      }
    await sized.close();
  }
  const page = await browser.context.newPage();
  const shots = [
    ["editor-vi", "#v1&r=sa-pa"],
    ["editor-en", "#v1&r=sa-pa&lang=en"],
    ["editor-edited-vi", "#v1&r=sa-pa", editFromKeyboard],
    ["compare-vi", "#v1&r=sa-pa&view=compare&c=plan,high-growth,cautious"],
    ["editor-lai-chau-vi", "#v1&r=lai-chau"],
    ["outcomes-lao-cai-vi", "#v1&r=lao-cai", enterOutcomes],
    ["tornado-lao-cai-vi", "#v1&r=lao-cai", openTornado],
    ["uncertainty-lao-cai-vi", "#v1&r=lao-cai", openUncertainty],
  ];
  for (const [name, hash, step] of shots) {
    await page.goto("about:blank");
    await page.goto(server.url + hash);
    await page.waitForSelector(".chart-box svg");
    if (step) await step(page);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
    await page.screenshot({ path: join(out, `${name}-top.png`) });
    for (const part of ["targets-panel", "charts-panel", "inputs-panel", "scorecard", "plan-outcome", "checks-panel", "tornado-dialog"]) {
      const el = page.locator(`.${part}`).first();
      if (await el.count()) await el.screenshot({ path: join(out, `${name}-${part}.png`) });
    }
    console.log(join(out, `${name}.png`));
  }
  // The compare view as printed: the scorecard alone on an A4 page.
  await page.goto("about:blank");
  await page.goto(server.url + "#v1&r=sa-pa&view=compare&c=plan,high-growth,cautious");
  await page.locator(".scorecard .probability[data-probability]").first().waitFor();
  await page.waitForTimeout(300);
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: join(out, "scorecard-print-vi.png"), fullPage: true });
  await page.emulateMedia({ media: "screen" });
  console.log(join(out, "scorecard-print-vi.png"));


  // The report view: the sheet on screen, and the print preview (the app's chrome hidden).
  for (const lang of ["vi", "en"]) {
    const report = await browser.context.newPage();
    await report.goto(`${server.url}#v1&r=sa-pa&view=report${lang === "en" ? "&lang=en" : ""}`);
    await report.locator("figure.report-chart svg").first().waitFor();
    await report.waitForTimeout(300);
    await report.screenshot({ path: join(out, `report-${lang}.png`) });
    await report.emulateMedia({ media: "print" });
    await report.screenshot({ path: join(out, `report-print-${lang}.png`) });
    console.log(join(out, `report-${lang}.png`));
    await report.close();
  }

  // Chart embeds in a host article (another origin), pasted as the app's "copy embed code" gives them.
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(server.url).origin });
  const app = await browser.context.newPage();
  async function copiedSnippet(hash, indicator) {
    await app.goto("about:blank");
    await app.goto(server.url + hash);
    const card = app.locator(".chart-card", { has: app.locator(`svg[data-indicator="${indicator}"]`) });
    await card.locator(".export-menu summary").click();
    await card.getByRole("button", { name: /^(Sao chép mã nhúng|Copy embed code)$/ }).click();
    await card.getByRole("status").filter({ hasText: /mã nhúng|embed code/i }).waitFor();
    return app.evaluate(() => navigator.clipboard.readText());
  }
  const embeds = [
    ["embed-vi", await copiedSnippet("#v1&r=sa-pa", "grdpPerCapita"), 720],
    ["embed-en", await copiedSnippet("#v1&r=sa-pa&lang=en&view=compare&c=plan,high-growth,cautious", "investment"), 720],
    ["embed-phone-vi", await copiedSnippet("#v1&r=sa-pa&view=compare&c=plan,cautious", "grdpGrowth"), 390],
    ["embed-error-vi", (await copiedSnippet("#v1&r=sa-pa", "grdpGrowth")).replace("chart=grdpGrowth", "chart=nope"), 720],
  ];
  for (const [name, snippet, width] of embeds) {
    host.set(`/${name}.html`, hostArticle(snippet, { width: Math.min(width, 720) }));
    const article = await browser.context.newPage();
    await article.setViewportSize({ width, height: 900 });
    await article.goto(`${host.url}${name}.html`);
    const frame = await (await article.waitForSelector("iframe")).contentFrame();
    await frame.waitForSelector(".embed-chart svg, .embed-error");
    await article.waitForTimeout(500); // the host resizes the frame after the embed's message
    await article.screenshot({ path: join(out, `${name}.png`), fullPage: true });
    console.log(join(out, `${name}.png`));
    await article.close();
  }
} finally {
  await browser.close();
  await host.close();
  await server.close();
}
