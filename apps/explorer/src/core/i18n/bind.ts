import type { UiLanguage } from "../state/types.js";
import { translate } from "./index.js";
import type { MessageKey } from "./types.js";

/**
 * Static texts of the page (headings, button labels, placeholders) bound to
 * message keys, so that switching the interface language updates them in place.
 */
export interface TextBinder {
  /** Sets the element's text now and on every language change; returns the element. */
  text<T extends Element>(element: T, key: MessageKey): T;
  /** Same for an attribute (aria-label, placeholder, title). */
  attr<T extends Element>(element: T, attribute: string, key: MessageKey): T;
  apply(language: UiLanguage): void;
}

export function createTextBinder(initial: UiLanguage): TextBinder {
  const bindings: { element: Element; key: MessageKey; attribute: string | null }[] = [];
  let language = initial;
  const write = (binding: (typeof bindings)[number]) => {
    const value = translate(language, binding.key);
    if (binding.attribute === null) binding.element.textContent = value;
    else binding.element.setAttribute(binding.attribute, value);
  };
  return {
    text(element, key) {
      const binding = { element, key, attribute: null };
      bindings.push(binding);
      write(binding);
      return element;
    },
    attr(element, attribute, key) {
      const binding = { element, key, attribute };
      bindings.push(binding);
      write(binding);
      return element;
    },
    apply(next) {
      language = next;
      for (const binding of bindings) write(binding);
    },
  };
}
