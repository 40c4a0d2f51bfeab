import { Option, type Command } from "commander";
import { defaults, type NodeKind } from "@skills-network/core";
import type { CliContext } from "../context.js";
import { NETWORK_FORMATS, serializeNetwork, type NetworkFormat } from "../format/network.js";
import { plural } from "../format/plural.js";
import { addInputOptions, loadNetwork, type InputOptions } from "../input.js";
import { writeOutputFile } from "../io.js";
import { CONTEXT_KINDS, parseInteger, parseKinds, parsePositiveInteger, parsePositiveNumber, parseScore } from "../options.js";

interface BuildOptions extends InputOptions {
  out?: string;
  format: NetworkFormat;
  k: number;
  minScore: number;
  resolution: number;
  seed: number;
  /** Unset: the library's "auto" (computed up to `defaults.betweennessLimit` proposals). */
  betweenness?: boolean;
  include: NodeKind[];
}

const EXAMPLES = `
Formats:
  json   graphology serialised graph (load it with graphology's Graph.from)
  gexf   GEXF 1.3 for Gephi
  kumu   Kumu blueprint JSON (elements + connections) to import into kumu.io
  csv    one line per similarity link, strongest first: ids, titles, score, shared terms

Examples:
  $ skills-network build proposals.csv > network.json
  $ skills-network build proposals.xlsx --format gexf --out network.gexf
  $ skills-network build proposals.csv --k 5 --min-score 0.2 --include country,category
  $ skills-network build proposals.csv --strict --no-betweenness --format csv --out links.csv`;

export function registerBuild(program: Command, context: CliContext): void {
  const command = program
    .command("build")
    .description("build the network of a proposals file and write it (stdout unless --out)")
    .argument("<file>", "proposals as .csv, .json or .xlsx (Skills Challenge columns or a Kumu export)")
    .option("-o, --out <file>", "write the network to this file instead of stdout")
    .addOption(new Option("-f, --format <format>", "output format").choices(NETWORK_FORMATS).default("json"))
    .option("--k <n>", "similarity links kept per proposal", parsePositiveInteger, defaults.k)
    .option("--min-score <x>", "draw no link below this cosine score (0-1)", parseScore, defaults.minScore)
    .option("--resolution <x>", "Louvain resolution: above 1 gives more, smaller communities", parsePositiveNumber, defaults.resolution)
    .option("--seed <n>", "seed of community detection (same seed, same communities)", parseInteger, defaults.seed)
    .option("--betweenness", `compute betweenness centrality at any size (by default only up to ${defaults.betweennessLimit} proposals: it is O(n·m))`)
    .option("--no-betweenness", "skip betweenness centrality")
    .addOption(
      new Option("--include <kinds>", `node kinds added around proposals: some of ${CONTEXT_KINDS.join(",")}, or none`)
        .argParser(parseKinds)
        .default([...defaults.include], "all"),
    );
  addInputOptions(command, { network: true })
    .addHelpText("after", EXAMPLES)
    .action(async (file: string, options: BuildOptions) => {
      const network = await loadNetwork(context, file, options, {
        k: options.k,
        minScore: options.minScore,
        resolution: options.resolution,
        seed: options.seed,
        betweenness: options.betweenness ?? "auto",
        include: options.include,
      });
      const text = serializeNetwork(network, options.format);
      const { graph, communities } = network;
      const summary =
        `network: ${plural(network.proposals.length, "proposal")} · ${plural(graph.order, "node")} · ` +
        `${plural(graph.size, "edge")} · ${plural(communities.communities.length, "community", "communities")} ` +
        `(modularity ${communities.modularity.toFixed(3)})`;
      if (options.out !== undefined) {
        await writeOutputFile(context.io, options.out, text);
        context.io.stderr(`${summary}\nwrote ${options.format} to ${options.out}\n`);
      } else {
        context.io.stderr(summary + "\n");
        context.io.stdout(text);
      }
    });
}
