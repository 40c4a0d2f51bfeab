/**
 * Tiny DOM builder. Text is always inserted as text nodes, never as HTML:
 * data from a loaded file (titles, names) can contain markup and must show literally.
 */
export type Child = Node | string | number | null | undefined | false;

export interface ElementOptions {
  class?: string;
  testid?: string;
  text?: string;
  /**
   * Attributes set with setAttribute. `undefined` skips the attribute. Booleans are
   * written "true"/"false" for `aria-*` attributes (their values are strings);
   * for others `true` sets the attribute empty and `false` leaves it out.
   */
  attrs?: Record<string, string | number | boolean | undefined>;
  /** Event listeners. */
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.class) element.className = options.class;
  if (options.testid) element.dataset.testid = options.testid;
  if (options.attrs) {
    for (const [name, value] of Object.entries(options.attrs)) {
      if (value === undefined) continue;
      if (typeof value === "boolean" && !name.startsWith("aria-")) {
        if (value) element.setAttribute(name, "");
        continue;
      }
      element.setAttribute(name, String(value));
    }
  }
  if (options.text !== undefined) element.textContent = options.text;
  if (options.on) {
    for (const [type, listener] of Object.entries(options.on)) {
      element.addEventListener(type, listener as EventListener);
    }
  }
  append(element, children);
  return element;
}

/** Appends children, turning strings and numbers into text nodes. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, children: readonly Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Starts a browser download of `content` (text or Blob) under `fileName`. */
export function downloadFile(fileName: string, content: string | Blob, mimeType: string): void {
  const blob = typeof content === "string" ? new Blob([content], { type: mimeType }) : content;
  const url = URL.createObjectURL(blob);
  const link = el("a", { attrs: { href: url, download: fileName } });
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Shows a short message in a polite live region (no blocking dialog). */
export function toast(message: string, durationMs = 6_000): void {
  let region = document.getElementById("toast");
  if (!region) {
    region = el("div", { class: "toast", attrs: { id: "toast", role: "status", "aria-live": "polite" } });
    document.body.appendChild(region);
  }
  region.textContent = message;
  region.classList.add("is-visible");
  window.clearTimeout(Number(region.dataset.timer ?? 0));
  region.dataset.timer = String(window.setTimeout(() => region!.classList.remove("is-visible"), durationMs));
}

/** Longest wait (ms) for an idle moment before deferred work runs anyway. */
const IDLE_TIMEOUT = 150;

/**
 * Runs `task` when the browser is idle, after the frames it owes (or after
 * IDLE_TIMEOUT): work whose result can wait (secondary counts) does not delay
 * what the user just asked to see. Without requestIdleCallback (Safari), after
 * the next frame.
 */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(() => task(), { timeout: IDLE_TIMEOUT });
  else requestAnimationFrame(() => setTimeout(task, 0));
}
