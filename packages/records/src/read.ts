/** readProposals: any supported input -> normalised proposals and an import report. */
import { inspect } from "./detect.js";
import { DETECTABLE_LANGUAGES } from "./detect-language.js";
import { IdRegistry } from "./id-registry.js";
import { Unreadable, errorsFound, unreadable } from "./import-error.js";
import { loadInput } from "./input.js";
import type { ReadInput } from "./input.js";
import { normalizeLanguage } from "./languages.js";
import { normalizeRecord } from "./normalize-record.js";
import { parseSource } from "./parse-source.js";
import { buildReport } from "./report.js";
import type { ImportIssue, ImportResult, Proposal, ReadOptions } from "./types.js";

export type ResolvedReadOptions = Required<Omit<ReadOptions, "format" | "fileName" | "onProposal">> & Pick<ReadOptions, "format" | "fileName" | "onProposal">;

export const defaults: Readonly<ResolvedReadOptions> = {
  format: undefined,
  fileName: undefined,
  onProposal: undefined,
  strict: false,
  defaultLanguage: "en",
  languages: DETECTABLE_LANGUAGES,
};

function resolveOptions(options: Partial<ReadOptions>): ResolvedReadOptions {
  // An option given as undefined keeps its default.
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const resolved: ResolvedReadOptions = { ...defaults, ...given };
  const defaultLanguage = normalizeLanguage(resolved.defaultLanguage);
  if (defaultLanguage === null) {
    throw new TypeError(`@skills-network/records: unknown defaultLanguage "${resolved.defaultLanguage}". Use an ISO 639-1 code such as "en".`);
  }
  return { ...resolved, defaultLanguage };
}

/**
 * Reads proposal records from CSV or JSON text, XLSX bytes (or UTF-8 text as
 * bytes), an already-parsed JSON array, or a Kumu blueprint object.
 * Synchronous. Every record ends up as a proposal or rejected with at least
 * one error in `report.issues`. Throws ImportError when the input cannot be
 * read at all, and in strict mode when any record has an error.
 */
export function readProposals(input: ReadInput, options: Partial<ReadOptions> = {}): ImportResult {
  const settings = resolveOptions(options);
  const loaded = loadInput(input);
  const inspection = settings.format ? { format: settings.format } : inspect(loaded, settings.fileName);
  let source;
  try {
    source = parseSource(loaded, inspection);
  } catch (error) {
    if (error instanceof Unreadable) throw unreadable(inspection.format, error, settings.fileName);
    throw error;
  }
  const issues: ImportIssue[] = [...source.issues];
  const proposals: Proposal[] = [];
  const ids = new IdRegistry(source.hasIdColumn);
  for (const record of source.records) {
    // A record the reader could not split into fields (not an object, too many cells) is not checked further.
    if (record.issues.some((issue) => issue.severity === "error")) {
      issues.push(...record.issues);
      continue;
    }
    const normalized = normalizeRecord(record, settings);
    issues.push(...normalized.issues);
    if (!normalized.proposal) continue;
    const claimed = ids.claim(record.row, normalized.proposal.id, normalized.proposal.title);
    issues.push(...claimed.issues);
    if (claimed.id === null) continue;
    const proposal = { ...normalized.proposal, id: claimed.id };
    proposals.push(proposal);
    settings.onProposal?.(proposal);
  }
  const report = buildReport({
    format: source.format,
    records: source.records.length,
    imported: proposals.length,
    issues,
    columns: source.columns,
  });
  if (settings.strict && report.errors > 0) throw errorsFound(report, settings.fileName);
  return { proposals, report };
}
