/**
 * In-page timers for the browser benchmark, installed with page.addInitScript.
 * Plain JavaScript text, so no transpiler helper leaks into the page, and so
 * the clock is the page's own: a click and the frame after the update are
 * timed without the round trips of the test driver.
 */
export interface ClickTiming {
  updated: number;
  painted: number;
}

export interface PageTimers {
  /** performance.now() when a file was last chosen in a file input (capture phase, before the app sees it). */
  fileChosenAt: number | null;
  /**
   * Clicks `clickSelector`, then resolves with the milliseconds until the text
   * of `watchSelector` equals `expected` (or, with `expected` null, differs from
   * what it was before the click and is not empty): `updated` when the DOM
   * says so, `painted` once one more frame has been drawn after that.
   */
  timeClick(clickSelector: string, watchSelector: string, expected: string | null): Promise<ClickTiming>;
}

declare global {
  interface Window {
    __timers?: PageTimers;
  }
}

export const pageTimersScript = `
(() => {
  const textOf = (selector) => {
    const element = document.querySelector(selector);
    return element ? (element.textContent || "").trim() : null;
  };
  const timers = {
    fileChosenAt: null,
    timeClick(clickSelector, watchSelector, expected) {
      return new Promise((resolve, reject) => {
        const target = document.querySelector(clickSelector);
        if (!target) { reject(new Error("no element " + clickSelector)); return; }
        const before = textOf(watchSelector);
        const done = () => {
          const now = textOf(watchSelector);
          return expected === null ? now !== null && now !== "" && now !== before : now === expected;
        };
        const start = performance.now();
        let finished = false;
        const finish = () => {
          if (finished || !done()) return;
          finished = true;
          observer.disconnect();
          clearTimeout(timeout);
          const updated = performance.now() - start;
          // The update is on screen once the next frame has been produced.
          requestAnimationFrame(() => setTimeout(() => resolve({ updated, painted: performance.now() - start }), 0));
        };
        const observer = new MutationObserver(finish);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        const timeout = setTimeout(() => {
          if (finished) return;
          finished = true;
          observer.disconnect();
          reject(new Error("timed out waiting for " + watchSelector + " (last text: " + textOf(watchSelector) + ")"));
        }, 30000);
        target.click();
        finish();
      });
    },
  };
  window.__timers = timers;
  document.addEventListener("change", (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === "file") timers.fileChosenAt = performance.now();
  }, true);
})();
`;
