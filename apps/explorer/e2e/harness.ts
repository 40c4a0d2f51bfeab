/**
 * Browser test harness: serves the production build and drives one Chromium
 * per test file; each test opens explorer pages in fresh contexts and fails
 * if any of them logged an unexpected problem.
 */
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { launchBrowser } from "./browser.js";
import { assertBuildIsCurrent } from "./bundled-sample.js";
import { ExplorerPage, explorerPageDefaults, type ExplorerPageOptions } from "./explorer-page.js";
import { stateLogScript } from "./state-log.js";
import { startStaticServer, type StaticServer, type StaticServerOptions } from "./static-server.js";

export { ExplorerPage, explorerPageDefaults, type ExplorerPageOptions };

export interface ExplorerHarness {
  /** http://127.0.0.1:<port> */
  readonly baseUrl: string;
  readonly browser: Browser;
  /** Opens the explorer in a fresh context (no shared storage) and waits for "ready". */
  open(options?: Partial<ExplorerPageOptions>): Promise<ExplorerPage>;
  /** Opens an absolute URL (e.g. one copied from another page) and waits for "ready". */
  openUrl(url: string, options?: Partial<ExplorerPageOptions>): Promise<ExplorerPage>;
}

/**
 * Registers beforeAll/afterAll (server + one browser per test file) and an
 * afterEach that fails the test if any page it opened logged an unexpected
 * problem, then closes those pages.
 */
export function useExplorer(serverOptions: Partial<StaticServerOptions> = {}): ExplorerHarness {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let pages: ExplorerPage[] = [];

  beforeAll(async () => {
    server = await startStaticServer(serverOptions);
    if (serverOptions.root === undefined) await assertBuildIsCurrent();
    browser = await launchBrowser();
  });

  afterEach(async () => {
    const opened = pages;
    pages = [];
    const problems = opened.flatMap((page) => page.unexpectedProblems());
    await Promise.all(opened.map((page) => page.close()));
    expect(problems, "page errors, console errors, failed requests or dialogs").toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const harness: ExplorerHarness = {
    get baseUrl() {
      if (!server) throw new Error("@skills-network/explorer e2e: the server is not started; use the harness inside tests.");
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error("@skills-network/explorer e2e: the browser is not started; use the harness inside tests.");
      return browser;
    },
    async open(options = {}) {
      const query = options.query ?? explorerPageDefaults.query;
      return harness.openUrl(`${harness.baseUrl}/${query ? `?${query}` : ""}`, options);
    },
    async openUrl(url, options = {}) {
      const { viewport } = { ...explorerPageDefaults, ...options };
      const context = await harness.browser.newContext({ viewport });
      const page = await context.newPage();
      await page.addInitScript({ content: stateLogScript });
      const explorerPage = new ExplorerPage(page, context);
      pages.push(explorerPage);
      await page.goto(url);
      await explorerPage.waitForReady();
      return explorerPage;
    },
  };
  return harness;
}
