/**
 * Records every change of `data-state` / `data-layout` on <body> with a
 * timestamp (performance.now() of the page), from the first byte of the page
 * on. Tests wait on it to see a reload happen even when it is fast, and the
 * benchmark reads times from it.
 */
export interface StateChange {
  attribute: "state" | "layout";
  value: string | undefined;
  /** Milliseconds since navigation start (page clock). */
  time: number;
}

declare global {
  interface Window {
    __stateLog?: StateChange[];
  }
}

/**
 * Page script for page.addInitScript. Kept as plain text so that no
 * transpiler helper (tsx/esbuild `__name`) leaks into the page.
 */
export const stateLogScript = `
(() => {
  const log = [];
  window.__stateLog = log;
  new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target;
      if (target !== document.body || record.attributeName === null) continue;
      const attribute = record.attributeName === "data-state" ? "state" : "layout";
      log.push({ attribute, value: target.dataset[attribute], time: performance.now() });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-state", "data-layout"] });
})();
`;
