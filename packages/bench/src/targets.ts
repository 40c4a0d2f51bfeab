import type { SizeResult } from "./measure.js";

/** Performance targets of the project, checked against the measured figures. */
export interface Target {
  size: number;
  description: string;
  maxMs: number;
  /** Peak RSS limit, bytes. */
  maxRss?: number;
}

export const TARGETS: readonly Target[] = [
  { size: 10_000, description: "10k proposals end to end ≤ 3 s", maxMs: 3_000 },
  { size: 100_000, description: "100k proposals end to end ≤ 60 s in ≤ 2 GB", maxMs: 60_000, maxRss: 2 * 1024 ** 3 },
];

export interface TargetCheck {
  target: Target;
  /** Null when that size was not run. */
  result: SizeResult | null;
  met: boolean | null;
}

export function checkTargets(results: readonly SizeResult[]): TargetCheck[] {
  return TARGETS.map((target) => {
    const result = results.find((candidate) => candidate.size === target.size) ?? null;
    if (result === null) return { target, result, met: null };
    const met = result.totalMs <= target.maxMs && (target.maxRss === undefined || result.maxRss <= target.maxRss);
    return { target, result, met };
  });
}
