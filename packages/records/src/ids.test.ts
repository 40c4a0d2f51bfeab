import { describe, expect, it } from "vitest";
import { deriveId } from "./ids.js";
import { readProposals } from "./read.js";

describe("deriveId", () => {
  it("makes a readable slug and a hash of the whole title", () => {
    expect(deriveId("Formación dual para jóvenes rurales")).toMatch(/^formacion-dual-para-jovenes-rurales-[0-9a-f]{6}$/);
  });

  it("is stable and ignores case, accents and punctuation", () => {
    expect(deriveId("Digital Skills!")).toBe(deriveId("digital skills"));
    expect(deriveId("Éducation")).toBe(deriveId("education"));
  });

  it("keeps long titles with the same beginning apart", () => {
    const start = "Training young people in rural areas for the jobs of";
    expect(deriveId(`${start} tomorrow`)).not.toBe(deriveId(`${start} today`));
    expect(deriveId(`${start} tomorrow`).length).toBeLessThanOrEqual(48 + 7);
  });
});

describe("ids while reading", () => {
  it("derives ids from titles, the same whatever the row order, without warnings when no record has an id", () => {
    const rows = ["Solar academy,Short courses on solar panels", "Green jobs hub,Job matching for green jobs"];
    const forward = readProposals(["Title,Description", ...rows].join("\n"));
    const backward = readProposals(["Title,Description", ...[...rows].reverse()].join("\n"));
    expect(forward.report.issues).toEqual([]);
    expect(forward.proposals.map((proposal) => proposal.id).sort()).toEqual(backward.proposals.map((proposal) => proposal.id).sort());
    expect(forward.proposals[0].id).toBe(deriveId("Solar academy"));
  });

  it("numbers records sharing a title and says so", () => {
    const result = readProposals("Title,Description\nSolar academy,One\nSolar academy,Two\n");
    const base = deriveId("Solar academy");
    expect(result.proposals.map((proposal) => proposal.id)).toEqual([base, `${base}-2`]);
    expect(result.report.issues).toEqual([expect.objectContaining({ row: 3, field: "id", severity: "warning", message: `same title as row 2; id derived as "${base}-2"` })]);
  });

  it("uses the id as title when the title is missing", () => {
    const result = readProposals("ID,Title,Description\nP-9,,Some text\n");
    expect(result.proposals[0]).toMatchObject({ id: "P-9", title: "P-9" });
    expect(result.report.issues).toEqual([expect.objectContaining({ row: 2, field: "title", severity: "warning" })]);
  });
});
