import { launchBrowser } from "./browser.js";
import { startStaticServer } from "./static-server.js";
import { sampleNetwork, searchableProposal } from "./sample-network.js";
const server = await startStaticServer();
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(`${server.url}/`);
await page.waitForFunction(() => document.body.dataset.state === "ready");
const subject = searchableProposal(sampleNetwork());
const state = (key: string) => page.evaluate((key) => {
  const r = (globalThis as any).__r; const s = r.sigma; const c = s.getCamera().getState();
  const d = s.getNodeDisplayData(key); const a = s.getGraph().getNodeAttributes(key);
  return { camera: c, display: d && { x: d.x, y: d.y, size: d.size, hidden: d.hidden, color: d.color }, attrs: { x: a.x, y: a.y }, dims: s.getDimensions(), order: s.getGraph().order };
}, key);
const key = `proposal:${subject.id}`;
console.log("before", JSON.stringify(await state(key)));
await page.getByTestId("search-input").pressSequentially(subject.typed, { delay: 10 });
await page.getByTestId("search-suggestion").filter({ hasText: subject.title }).first().click();
for (const wait of [100, 600, 3000]) { await page.waitForTimeout(wait); console.log(wait, JSON.stringify(await state(key))); }
await browser.close(); await server.close();
