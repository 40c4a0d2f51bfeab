import type { Proposal } from "@skills-network/records";
import type { TextDocument } from "@skills-network/text";

/**
 * The text of a proposal that similarity is computed on. The title is
 * repeated once: it is short and says what the project is about.
 */
export function proposalToDocument(proposal: Proposal): TextDocument {
  const parts = [proposal.title, proposal.title, proposal.description, proposal.objectives, proposal.impact, proposal.results];
  return {
    id: proposal.id,
    language: proposal.languages[0] ?? null,
    text: parts.filter((part) => part.length > 0).join("\n"),
    keywords: proposal.keywords,
  };
}
