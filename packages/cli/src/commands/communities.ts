import type { Command } from "commander";
import { defaults } from "@skills-network/core";
import type { CliContext } from "../context.js";
import { formatCommunities, toCommunitiesReport } from "../format/communities.js";
import { addInputOptions, loadNetwork, type InputOptions } from "../input.js";
import { parseInteger, parsePositiveInteger, parsePositiveNumber, parseScore } from "../options.js";

interface CommunitiesOptions extends InputOptions {
  k: number;
  minScore: number;
  resolution: number;
  seed: number;
  json?: boolean;
}

const EXAMPLES = `
Communities are found by Louvain on the similarity links and named after their
most distinctive terms. The options match those of "build", so the same options
give the same communities as the "community" attribute of a built network.

Examples:
  $ skills-network communities proposals.csv
  $ skills-network communities proposals.csv --resolution 1.5 --seed 7
  $ skills-network communities proposals.csv --json > communities.json`;

export function registerCommunities(program: Command, context: CliContext): void {
  const command = program
    .command("communities")
    .description("list the named communities of proposals (size, keywords, top categories, countries, languages)")
    .argument("<file>", "proposals as .csv, .json or .xlsx")
    .option("--k <n>", "similarity links kept per proposal", parsePositiveInteger, defaults.k)
    .option("--min-score <x>", "draw no link below this cosine score (0-1)", parseScore, defaults.minScore)
    .option("--resolution <x>", "Louvain resolution: above 1 gives more, smaller communities", parsePositiveNumber, defaults.resolution)
    .option("--seed <n>", "seed of community detection (same seed, same communities)", parseInteger, defaults.seed)
    .option("--json", "print {proposals, modularity, isolated, splitCount, communities[]} as JSON");
  addInputOptions(command, { network: true })
    .addHelpText("after", EXAMPLES)
    .action(async (file: string, options: CommunitiesOptions) => {
      const network = await loadNetwork(context, file, options, {
        k: options.k,
        minScore: options.minScore,
        resolution: options.resolution,
        seed: options.seed,
        // Betweenness does not change communities; skipping it saves time.
        betweenness: false,
      });
      const report = toCommunitiesReport(network.communities, network.proposals.length);
      context.io.stdout(options.json ? JSON.stringify(report, null, 2) + "\n" : formatCommunities(report));
    });
}
