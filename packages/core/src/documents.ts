import type { Proposal } from "@skills-network/records";
import type { TextDocument } from "@skills-network/text";

/**
 * The text of a proposal that similarity is computed on. The title is
 * repeated once: it is short and says what the project is about.
 *
 * The text is joined each time it is read, not kept: the index reads it once,
 * so a joined copy of every proposal's text (as large as the input) never
 * lives all at once.
 */
export function proposalToDocument(proposal: Proposal): TextDocument {
  return {
    id: proposal.id,
    language: proposal.languages[0] ?? null,
    get text() {
      return proposalText(proposal);
    },
    keywords: proposal.keywords,
  };
}

function proposalText(proposal: Proposal): string {
  const parts = [proposal.title, proposal.title, proposal.description, proposal.objectives, proposal.impact, proposal.results];
  return parts.filter((part) => part.length > 0).join("\n");
}
