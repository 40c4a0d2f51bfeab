/** `plural(1, "error")` -> "1 error", `plural(3, "error")` -> "3 errors". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
