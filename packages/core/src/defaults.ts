import type { NetworkOptions } from "./types.js";

/** Default options of `buildNetwork`. */
export const defaults: NetworkOptions = {
  k: 8,
  minScore: 0.1,
  resolution: 1,
  seed: 42,
  include: ["organization", "country", "region", "category", "beneficiary"],
  betweenness: "auto",
  betweennessLimit: 2000,
  topTerms: 8,
};
