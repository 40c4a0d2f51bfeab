/**
 * A small hand-made Skills Network graph for unit tests: two communities of
 * similar proposals (agriculture, digital), one proposal alone, and the
 * organisations, countries, regions, categories and beneficiary groups they link to.
 */
import Graph from "graphology";
import type { ProposalNodeAttributes, SkillsGraph } from "@skills-network/core";

type ProposalSeed = Pick<ProposalNodeAttributes, "id" | "title" | "country" | "region" | "community" | "categories" | "beneficiaries" | "languages"> & {
  organization: string;
  keywords?: string[];
  degree?: number;
  betweenness?: number;
};

const seeds: ProposalSeed[] = [
  { id: "A1", title: "Apprenticeships in agriculture", organization: "Farm Skills Trust", country: "KE", region: "Africa", community: 0, categories: ["work-based-learning"], beneficiaries: ["youth"], languages: ["en"], keywords: ["irrigation", "Agribusiness"], degree: 6, betweenness: 0.5 },
  { id: "A2", title: "Agribusiness for young farmers", organization: "Green Valley College", country: "UG", region: "Africa", community: 0, categories: ["work-based-learning", "entrepreneurship"], beneficiaries: ["youth"], languages: ["en"], keywords: ["agribusiness"], degree: 5, betweenness: 0.1 },
  { id: "A3", title: "Formation agricole des jeunes", organization: "Centre Agricole de Thiès", country: "SN", region: "Africa", community: 0, categories: ["training-delivery"], beneficiaries: ["rural-communities"], languages: ["fr"], degree: 5, betweenness: 0 },
  { id: "D1", title: "Digital skills bootcamp for women", organization: "Code Sisters", country: "IN", region: "Asia", community: 1, categories: ["training-delivery"], beneficiaries: ["women"], languages: ["en"], keywords: ["coding"], degree: 5, betweenness: 0.2 },
  { id: "D2", title: "Academia de programación para mujeres", organization: "Código Ellas", country: "MX", region: "Americas", community: 1, categories: ["training-delivery"], beneficiaries: ["women"], languages: ["es"], keywords: ["Coding"], degree: 5, betweenness: 0 },
  { id: "L1", title: "A lonely idea", organization: "Code Sisters", country: "IN", region: "Asia", community: null, categories: ["custom-thing"], beneficiaries: ["youth"], languages: ["en"], degree: 3, betweenness: 0 },
];

const similar: [string, string, number][] = [
  ["A1", "A2", 0.6],
  ["A1", "A3", 0.4],
  ["A2", "A3", 0.3],
  ["D1", "D2", 0.5],
];

export function fixtureGraph(): SkillsGraph {
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false }) as SkillsGraph;
  const link = (kind: string, a: string, b: string, weight = 1) => {
    if (!graph.hasEdge(a, b)) graph.addUndirectedEdgeWithKey(`${kind}|${a}|${b}`, a, b, { kind, weight } as never);
  };
  for (const seed of seeds) {
    const key = `proposal:${seed.id}`;
    graph.addNode(key, {
      kind: "proposal",
      label: seed.title,
      id: seed.id,
      title: seed.title,
      organization: seed.organization,
      organizationType: "ngo",
      country: seed.country,
      countryName: seed.country,
      region: seed.region,
      subRegion: null,
      languages: seed.languages,
      categories: seed.categories,
      beneficiaries: seed.beneficiaries,
      description: "",
      objectives: "",
      impact: "",
      results: "",
      keywords: seed.keywords ?? [],
      topTerms: [],
      stage: null,
      url: null,
      year: null,
      community: seed.community,
      degree: seed.degree,
      betweenness: seed.betweenness,
    });
    const organization = `organization:${seed.organization.toLowerCase().replace(/\s+/g, "-")}`;
    graph.mergeNode(organization, { kind: "organization", label: seed.organization, organizationType: "ngo", degree: 1 });
    link("submitted-by", key, organization);
    const country = `country:${seed.country}`;
    graph.mergeNode(country, { kind: "country", label: seed.country!, code: seed.country!, region: seed.region, subRegion: null, degree: 2 });
    link("located-in", key, country);
    const region = `region:${seed.region}`;
    graph.mergeNode(region, { kind: "region", label: seed.region!, degree: 2 });
    link("in-region", country, region);
    for (const category of seed.categories) {
      const categoryKey = `category:${category}`;
      graph.mergeNode(categoryKey, { kind: "category", label: category, category, custom: category === "custom-thing", degree: 3 });
      link("in-category", key, categoryKey);
    }
    for (const group of seed.beneficiaries) {
      const groupKey = `beneficiary:${group}`;
      graph.mergeNode(groupKey, { kind: "beneficiary", label: group, group, custom: false, degree: 3 });
      link("serves", key, groupKey);
    }
  }
  for (const [a, b, weight] of similar) {
    graph.addUndirectedEdgeWithKey(`similar|proposal:${a}|proposal:${b}`, `proposal:${a}`, `proposal:${b}`, {
      kind: "similar",
      weight,
      sharedTerms: [],
      sharedTermWeights: [],
    });
  }
  return graph;
}
