// Screenshots of the editor (Vietnamese and English), an edited scenario, the compare view and a
// phone-width layout, for looking at the UI.
// Usage: npm run screenshots [-- --no-build]   → test-results/screenshots/*.png
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { appRoot, buildApp, launchChromium, serveDist } from "./serve.mjs";

const out = join(appRoot, "test-results", "screenshots");
mkdirSync(out, { recursive: true });
if (!process.argv.includes("--no-build")) await buildApp();
const server = await serveDist();
const browser = await launchChromium();

/** Lowers Sa Pa's 2024 GRDP growth from the keyboard: edit marks, a missed target, a focused slider. */
async function editFromKeyboard(page) {
  const slider = page.getByRole("slider", { name: "Tăng trưởng GRDP 2024", exact: true });
  await slider.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowLeft");
  await page.waitForTimeout(300);
}

try {
  const page = await browser.context.newPage();
  const shots = [
    ["editor-vi", "#v1&r=sa-pa"],
    ["editor-en", "#v1&r=sa-pa&lang=en"],
    ["editor-edited-vi", "#v1&r=sa-pa", editFromKeyboard],
    ["compare-vi", "#v1&r=sa-pa&view=compare&c=plan,high-growth,cautious"],
    ["editor-lai-chau-vi", "#v1&r=lai-chau"],
  ];
  for (const [name, hash, step] of shots) {
    await page.goto("about:blank");
    await page.goto(server.url + hash);
    await page.waitForSelector(".chart-box svg");
    if (step) await step(page);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
    await page.screenshot({ path: join(out, `${name}-top.png`) });
    for (const part of ["targets-panel", "charts-panel"]) {
      const el = page.locator(`.${part}`).first();
      if (await el.count()) await el.screenshot({ path: join(out, `${name}-${part}.png`) });
    }
    console.log(join(out, `${name}.png`));
  }
  const phone = await browser.context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(server.url + "#v1&r=sa-pa");
  await phone.waitForSelector(".chart-box svg");
  await phone.screenshot({ path: join(out, "phone-vi.png") });
  console.log(join(out, "phone-vi.png"));
} finally {
  await browser.close();
  await server.close();
}
