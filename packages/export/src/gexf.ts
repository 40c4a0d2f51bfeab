import writeGexf from "graphology-gexf/common/writer.js";
import type { SkillsEdgeAttributes, SkillsGraph, SkillsNodeAttributes } from "@skills-network/graph";
import type { GexfOptions } from "./types.js";

export const gexfDefaults: GexfOptions = {
  version: "1.3",
  pretty: true,
  listSeparator: "|",
};

/** Node attributes that GEXF carries as `viz:` elements rather than data. */
const VIZ_ATTRIBUTES = ["x", "y", "size", "color"] as const;

/**
 * The graph as GEXF for Gephi: every attribute becomes a typed column, lists are
 * joined into one string, and positions, sizes and colours set by the explorer
 * become `viz:position`, `viz:size` and `viz:color`.
 */
export function toGEXF(graph: SkillsGraph, options: Partial<GexfOptions> = {}): string {
  const settings: GexfOptions = { ...gexfDefaults, ...options };
  return writeGexf(graph, {
    version: settings.version,
    pretty: settings.pretty,
    formatNode: (_key: string, attributes: SkillsNodeAttributes) => {
      const { label, ...rest } = attributes as SkillsNodeAttributes & Record<string, unknown>;
      const viz: Record<string, number | string> = {};
      for (const name of VIZ_ATTRIBUTES) {
        const value = rest[name];
        if (typeof value === "number" || (name === "color" && typeof value === "string")) viz[name] = value;
        delete rest[name];
      }
      return {
        label,
        attributes: flatten(rest, settings.listSeparator),
        ...(Object.keys(viz).length > 0 ? { viz } : {}),
      };
    },
    formatEdge: (_key: string, attributes: SkillsEdgeAttributes) => {
      const { weight, ...rest } = attributes;
      return { weight, attributes: flatten(rest, settings.listSeparator) };
    },
  });
}

/** Lists become one string; empty values are left out (GEXF has no null). */
function flatten(attributes: Record<string, unknown>, separator: string): Record<string, string | number | boolean> {
  const flat: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (Array.isArray(value)) flat[name] = value.join(separator);
    else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") flat[name] = value;
  }
  return flat;
}
