import { describe, expect, it } from "vitest";
import { ISSUE_CODES, issueMessage, readProposals, type ImportIssue, type IssueCode } from "@skills-network/core";
import { issueText } from "./issues.js";

/** Params for any code: each one named after itself ("P_value"), `found` a real value kind. */
function sampleParams(): Record<string, string> {
  return new Proxy({}, { get: (_target, name) => (name === "found" ? "object" : `P_${String(name)}`) });
}

function placeholdersIn(text: string): string[] {
  return [...new Set(text.match(/P_\w+/g) ?? [])].sort();
}

function issueOf(code: IssueCode): ImportIssue {
  const params = sampleParams();
  return { row: 1, field: null, severity: "warning", code, params, message: issueMessage(code, params as never) };
}

describe("issueText", () => {
  it("words every issue code in French and Spanish, keeping every parameter", () => {
    for (const code of ISSUE_CODES) {
      const issue = issueOf(code);
      for (const language of ["fr", "es"] as const) {
        const text = issueText(language, issue);
        expect(text, `${language} ${code}`).not.toBe(issue.message);
        expect(text, `${language} ${code}`).not.toContain("undefined");
        expect(placeholdersIn(text), `${language} ${code}`).toEqual(placeholdersIn(issue.message));
      }
      expect(issueText("en", issue)).toBe(issue.message);
    }
  });

  it("translates the issues of a real file, and falls back to English for a code it does not know", () => {
    const { report } = readProposals(
      "id,title,country,year,description\nA,Solar skills,Atlantis,20x1,Solar panel installers\nA,Again,France,2020,Young installers\n",
      { fileName: "bad.csv" },
    );
    const unknownCountry = report.issues.find((issue) => issue.code === "unknown-country")!;
    expect(issueText("fr", unknownCountry)).toBe(
      "pays inconnu « Atlantis » ; donnez son nom en français, anglais ou espagnol, ou son code ISO",
    );
    const duplicate = report.issues.find((issue) => issue.code === "duplicate-id")!;
    expect(issueText("es", duplicate)).toBe('identificador "A" repetido, visto primero en la fila 2');
    const future = { ...unknownCountry, code: "from-a-newer-library" as IssueCode };
    expect(issueText("fr", future)).toBe(unknownCountry.message);
  });
});
