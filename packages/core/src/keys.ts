/** `proposal:P-1` -> `P-1`. */
export function proposalIdOfKey(key: string): string {
  return key.startsWith("proposal:") ? key.slice("proposal:".length) : key;
}

/** `P-1` -> `proposal:P-1`. */
export function proposalKey(id: string): string {
  return `proposal:${id}`;
}
