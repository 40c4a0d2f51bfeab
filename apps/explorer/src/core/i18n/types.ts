import type { MessageKey } from "./en.js";

export type { MessageKey };

/** A complete dictionary: every key of the English one, as a string. */
export type Messages = Record<MessageKey, string>;

/** Values substituted for `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;
