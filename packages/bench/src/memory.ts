/**
 * Peak memory of this process. The pipeline is synchronous, so a timer would
 * never fire: `sample()` is called at every stage boundary, and `maxRss` comes
 * from the kernel's own peak (`resourceUsage().maxRSS`), which misses nothing.
 */
export interface MemoryProbe {
  sample(): void;
  /** Highest heapUsed seen at a sample, bytes. */
  readonly heapPeak: number;
  /** Highest RSS seen at a sample, bytes. */
  readonly rssSampledPeak: number;
  /** Peak resident set size of the whole process so far, bytes. */
  maxRss(): number;
}

export function createMemoryProbe(): MemoryProbe {
  let heapPeak = 0;
  let rssSampledPeak = 0;
  const probe: MemoryProbe = {
    sample() {
      const usage = process.memoryUsage();
      heapPeak = Math.max(heapPeak, usage.heapUsed);
      rssSampledPeak = Math.max(rssSampledPeak, usage.rss);
    },
    get heapPeak() {
      return heapPeak;
    },
    get rssSampledPeak() {
      return rssSampledPeak;
    },
    // maxRSS is in kilobytes.
    maxRss: () => process.resourceUsage().maxRSS * 1024,
  };
  probe.sample();
  return probe;
}
