import { linksToCSV, toGEXF, toGraphologyJSON, toKumuBlueprint, type Network } from "@skills-network/core";

export const NETWORK_FORMATS = ["json", "gexf", "kumu", "csv"] as const;
export type NetworkFormat = (typeof NETWORK_FORMATS)[number];

/** The network as text in one of the `build --format` formats. */
export function serializeNetwork(network: Network, format: NetworkFormat): string {
  switch (format) {
    case "json":
      return JSON.stringify(toGraphologyJSON(network.graph)) + "\n";
    case "gexf":
      return toGEXF(network.graph);
    case "kumu":
      return JSON.stringify(toKumuBlueprint(network.graph), null, 2) + "\n";
    case "csv":
      return linksToCSV(network.graph);
  }
}
