import { balancedStarts } from "../balanced-starts.js";

/**
 * The first documents of `parts` consecutive ranges of about the same number
 * of sequence entries (the work of weighing their rows): [0, ...], ascending,
 * each in 0 .. documents.
 */
export function rangeStarts(documentStart: Int32Array, documents: number, parts: number): number[] {
  return balancedStarts(documentStart.subarray(0, documents + 1), parts);
}
