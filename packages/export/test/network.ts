import { buildGraph, computeMetrics, detectCommunities } from "@skills-network/graph";
import type { SkillsGraph } from "@skills-network/graph";

/** The proposal record type, taken from buildGraph so this package needs no dependency on records. */
type Proposal = Parameters<typeof buildGraph>[0][number];

function proposal(fields: Partial<Proposal> & { id: string; title: string }): Proposal {
  return {
    organization: null,
    organizationType: null,
    country: null,
    countryName: null,
    region: null,
    subRegion: null,
    languages: ["en"],
    languageSource: "given",
    categories: [],
    beneficiaries: [],
    description: "",
    objectives: "",
    impact: "",
    results: "",
    keywords: [],
    stage: null,
    url: null,
    year: null,
    source: { row: 2, extra: {} },
    ...fields,
  };
}

/**
 * Five proposals: A–B–C strongly linked, D–E linked; titles with a comma,
 * quotes, a newline and a leading "=" to exercise CSV quoting.
 */
export function smallNetwork(): SkillsGraph {
  const graph = buildGraph(
    [
      proposal({
        id: "A", title: "Farms, apprentices and jobs", organization: "Agri Skills", organizationType: "ngo",
        country: "SN", countryName: "Senegal", region: "Africa", subRegion: "Western Africa",
        languages: ["fr", "en"], categories: ["work-based-learning", "Green jobs"], beneficiaries: ["youth"],
        description: "Apprenticeships on farms.", year: 2021,
      }),
      proposal({
        id: "B", title: 'The "Farm School"', organization: "Agri Skills", organizationType: "ngo",
        country: "KE", countryName: "Kenya", region: "Africa", subRegion: "Eastern Africa",
        categories: ["work-based-learning"], beneficiaries: ["youth", "women"],
      }),
      proposal({
        id: "C", title: "Two lines\nof title", organization: "Campo Vivo", country: "CO", countryName: "Colombia",
        region: "Americas", subRegion: "South America", languages: ["es"], categories: ["training-delivery"],
      }),
      proposal({ id: "D", title: "=HYPERLINK(\"http://x\")", organization: "Code Club", categories: ["training-delivery"] }),
      proposal({ id: "E", title: "Coding clubs", organization: "Code Club", categories: ["skills-data"] }),
    ],
    [
      { source: "A", target: "B", score: 0.8, sharedTerms: [{ term: "farm", weight: 0.5 }, { term: "apprentice", weight: 0.3 }] },
      { source: "B", target: "C", score: 0.6, sharedTerms: [{ term: "farm", weight: 0.6 }] },
      { source: "A", target: "C", score: 0.5, sharedTerms: [{ term: "farm", weight: 0.5 }] },
      { source: "D", target: "E", score: 0.7, sharedTerms: [{ term: "coding", weight: 0.7 }] },
    ],
    { topTerms: (id) => (id === "A" ? ["farm", "apprentice"] : []), name: "Export test" },
  );
  detectCommunities(graph);
  computeMetrics(graph);
  return graph;
}
