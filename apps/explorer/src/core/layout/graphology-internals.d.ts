/**
 * Typings for the parts of the layout packages the network worker drives
 * directly (one iteration at a time, on typed arrays), which the packages do
 * not type.
 */
declare module "graphology-layout-forceatlas2/iterate.js" {
  /** One ForceAtlas2 iteration on the node and edge matrices (in place). */
  export default function iterate(settings: object, nodes: Float32Array, edges: Float32Array): void;
}

declare module "graphology-layout-forceatlas2/defaults.js" {
  const defaults: Record<string, number | boolean>;
  export default defaults;
}

declare module "graphology-layout-noverlap/iterate.js" {
  /** One noverlap iteration on the node matrix (x, y, size per node; in place). */
  export default function iterate(settings: object, nodes: Float32Array): { converged: boolean };
}

declare module "graphology-layout-noverlap/defaults.js" {
  const defaults: Record<string, number>;
  export default defaults;
}
