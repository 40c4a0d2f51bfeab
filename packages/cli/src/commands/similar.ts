import { Option, type Command } from "commander";
import { SUPPORTED_LANGUAGES, similarDefaults, similarProjects, similarToText, type Network } from "@skills-network/core";
import type { CliContext } from "../context.js";
import { InputError, UsageError } from "../errors.js";
import { formatSimilarTable, toSimilarRow, type SimilarRow } from "../format/similar.js";
import { addInputOptions, loadNetwork, type InputOptions } from "../input.js";
import { parsePositiveInteger, parseScore } from "../options.js";
import { suggestIds } from "../suggest.js";

interface SimilarCommandOptions extends InputOptions {
  id?: string;
  text?: string;
  language?: string;
  k: number;
  minScore: number;
  json?: boolean;
}

const EXAMPLES = `
Give exactly one of --id and --text.

Examples:
  $ skills-network similar proposals.csv --id P-042
  $ skills-network similar proposals.csv --text "apprenticeships for rural youth in agriculture" --k 5
  $ skills-network similar proposals.csv --text "formation des jeunes agriculteurs" --language fr
  $ skills-network similar proposals.xlsx --id P-042 --json > matches.json`;

export function registerSimilar(program: Command, context: CliContext): void {
  const command = program
    .command("similar")
    .description("rank the proposals most similar to one proposal or to a text, with the terms they share")
    .argument("<file>", "proposals as .csv, .json or .xlsx")
    .addOption(new Option("--id <id>", "id of a proposal of the file").conflicts("text"))
    .addOption(new Option("--text <text>", "a free-text description (any supported language)"))
    .addOption(new Option("--language <code>", "language of --text, e.g. fr (detected when omitted)").choices(SUPPORTED_LANGUAGES))
    .option("--k <n>", "number of matches", parsePositiveInteger, similarDefaults.k)
    .option("--min-score <x>", "leave out matches below this cosine score (0-1)", parseScore, similarDefaults.minScore)
    .option("--json", "print a JSON array of {id,title,organization,country,score,sharedTerms}");
  addInputOptions(command, { network: true })
    .addHelpText("after", EXAMPLES)
    .action(async (file: string, options: SimilarCommandOptions) => {
      if ((options.id === undefined) === (options.text === undefined)) {
        throw new UsageError("similar needs exactly one of --id <id> or --text <text>.");
      }
      if (options.language !== undefined && options.text === undefined) {
        throw new UsageError("--language applies to --text only: the language of a proposal is known.");
      }
      if (options.text !== undefined && options.text.trim() === "") {
        throw new UsageError("--text is empty: describe the project to match, e.g. --text \"digital skills for women\".");
      }
      // Matching needs the text index and proposal nodes only: no context nodes, no betweenness.
      const network = await loadNetwork(context, file, options, { include: [], betweenness: false });
      const search = { k: options.k, minScore: options.minScore };
      const matches =
        options.id !== undefined
          ? similarProjects(network, checkedId(network, options.id, file), search)
          : similarToText(network, options.text!, {
              ...search,
              ...(options.language !== undefined ? { language: options.language } : {}),
            });
      const rows = matches.map(toSimilarRow);
      if (options.json) {
        context.io.stdout(JSON.stringify(rows, null, 2) + "\n");
        return;
      }
      context.io.stdout(heading(network, options, rows) + (rows.length > 0 ? formatSimilarTable(rows) : ""));
    });
}

function checkedId(network: Network, id: string, file: string): string {
  if (network.index.has(id)) return id;
  const suggestions = suggestIds(id, network.index.ids);
  const hint =
    suggestions.length > 0
      ? ` Did you mean ${suggestions.map((suggestion) => `"${suggestion}"`).join(", ")}?`
      : ` Ids look like "${network.index.ids[0]}"; run "skills-network report ${file}" to check the file.`;
  throw new InputError(`no proposal with id "${id}" in ${file}.${hint}`);
}

function heading(network: Network, options: SimilarCommandOptions, rows: readonly SimilarRow[]): string {
  const subject =
    options.id !== undefined ? `${options.id} "${titleOf(network, options.id)}"` : `the text "${options.text}"`;
  if (rows.length === 0) return `No proposal scores at least ${options.minScore} against ${subject}.\n`;
  return `Proposals most similar to ${subject}:\n\n`;
}

function titleOf(network: Network, id: string): string {
  return network.proposals.find((proposal) => proposal.id === id)?.title ?? id;
}
