import { describe, expect, it } from "vitest";
import { readProposals } from "@skills-network/records";
import { proposalToDocument } from "./documents.js";

const csv = [
  "id,title,description,objectives,impact,results,keywords,languages",
  `P1,Solar repair training,"Young people learn to repair solar kits.",,"Jobs in villages.",Two hundred technicians,"solar; repair",en`,
  `P2,Tailoring for refugees,,,,,,fr`,
].join("\n");

describe("proposalToDocument", () => {
  const [withText, titleOnly] = readProposals(csv, { fileName: "p.csv" }).proposals;

  it("reads the title twice and the non-empty texts, a line each, with the language and keywords", () => {
    const document = proposalToDocument(withText!);
    expect(document.text).toBe(
      ["Solar repair training", "Solar repair training", "Young people learn to repair solar kits.", "Jobs in villages.", "Two hundred technicians"].join("\n"),
    );
    expect([document.id, document.language, document.keywords]).toEqual(["P1", "en", ["solar", "repair"]]);
    expect(proposalToDocument(titleOnly!).text).toBe("Tailoring for refugees\nTailoring for refugees");
  });

  it("puts the text together when it is read, so that no copy of it is kept", () => {
    const proposal = { ...withText!, impact: "" };
    const document = proposalToDocument(proposal);
    expect(document.text).not.toContain("Jobs in villages.");
    proposal.results = "Three hundred technicians";
    expect(document.text.endsWith("Three hundred technicians")).toBe(true);
  });
});
