/**
 * One explorer page under test: waits for the ready signal, reads the counts,
 * loads files, takes screenshots, and records page errors, console errors,
 * failed requests and dialogs, which must stay empty.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { screenshotDirectory } from "./paths.js";
import type { StateChange } from "./state-log.js";

/** Long enough for SwiftShader on a slow machine, short enough to fail a hung page. */
const READY_TIMEOUT = 60_000;

export interface ExplorerPageOptions {
  /** Query string without "?", e.g. "lang=fr&f.language=fr". */
  query: string;
  /** Viewport size; the default fits the panels beside the graph. */
  viewport: { width: number; height: number };
}

export const explorerPageDefaults: ExplorerPageOptions = { query: "", viewport: { width: 1400, height: 900 } };

export class ExplorerPage {
  /** Page errors, console errors, failed requests and dialogs, in order. */
  readonly problems: string[] = [];
  /** Messages of dialogs (alert, confirm, ...) that opened; they are dismissed. */
  readonly dialogs: string[] = [];
  private readonly allowed: RegExp[] = [];

  constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
  ) {
    page.on("pageerror", (error) => this.problems.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      // HTTP failures are reported below with their URL; the console line names none.
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
        this.problems.push(`console.error: ${message.text()}`);
      }
    });
    page.on("response", (response) => {
      // Chromium asks for /favicon.ico on its own; a missing one is no fault of the app.
      if (response.status() >= 400 && new URL(response.url()).pathname !== "/favicon.ico") {
        this.problems.push(`HTTP ${response.status()}: ${response.url()}`);
      }
    });
    page.on("requestfailed", (request) => this.problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ""}`));
    page.on("dialog", (dialog) => {
      this.dialogs.push(dialog.message());
      this.problems.push(`dialog (${dialog.type()}): ${dialog.message()}`);
      void dialog.dismiss();
    });
  }

  /** Problems triggered on purpose (e.g. a broken file) that match `pattern` do not fail the test. */
  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  unexpectedProblems(): string[] {
    return this.problems.filter((problem) => !this.allowed.some((pattern) => pattern.test(problem)));
  }

  async waitForReady(timeout = READY_TIMEOUT): Promise<void> {
    await this.page.waitForFunction(() => document.body?.dataset.state === "ready", undefined, { timeout });
  }

  async waitForLayoutDone(timeout = READY_TIMEOUT): Promise<void> {
    await this.page.waitForFunction(() => document.body?.dataset.layout === "done", undefined, { timeout });
  }

  /** The number in `[data-testid=<testId>]` (digits only, as the spec says). */
  async countOf(testId: "visible-count" | "total-count"): Promise<number> {
    const text = (await this.page.getByTestId(testId).textContent()) ?? "";
    expect(text.trim(), `${testId} holds digits only`).toMatch(/^\d+$/);
    return Number(text.trim());
  }

  async visibleCount(): Promise<number> {
    return this.countOf("visible-count");
  }

  /** Waits until the visible count reads `expected`, then returns it (fails with the last value seen). */
  async waitForVisibleCount(expected: number, timeout = 10_000): Promise<void> {
    await this.page
      .waitForFunction(
        (value) => document.querySelector("[data-testid=visible-count]")?.textContent?.trim() === String(value),
        expected,
        { timeout },
      )
      .catch(async () => {
        expect(await this.visibleCount(), "visible-count").toBe(expected);
      });
  }

  async stateLog(): Promise<StateChange[]> {
    return this.page.evaluate(() => window.__stateLog ?? []);
  }

  /**
   * Loads a file through `[data-testid=file-input]` and waits until the app
   * reports "ready" or "error" again. Returns the final state.
   */
  async loadFile(name: string, content: string | Buffer, mimeType = "text/plain"): Promise<string> {
    const before = (await this.stateLog()).length;
    await this.page.getByTestId("file-input").setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
    const handle = await this.page.waitForFunction(
      (from) => {
        const change = (window.__stateLog ?? [])
          .slice(from)
          .find((entry) => entry.attribute === "state" && (entry.value === "ready" || entry.value === "error"));
        return change ? document.body.dataset.state : false;
      },
      before,
      { timeout: READY_TIMEOUT },
    );
    return String(await handle.jsonValue());
  }

  /** Screenshot of the window (the app fills it; panels scroll inside) into test-artifacts/screenshots/<name>.png. */
  async screenshot(name: string): Promise<void> {
    const file = join(screenshotDirectory, `${name}.png`);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, await this.page.screenshot());
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
