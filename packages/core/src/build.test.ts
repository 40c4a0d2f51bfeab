import { describe, expect, it } from "vitest";
import { readAndBuild, similarProjects, similarToText, STAGES } from "./index.js";

const HEADER = "id,title,organization,country,languages,categories,beneficiaries,description";
const rows = [
  `A1,Apprenticeships in agriculture for rural youth,Farm Skills Trust,Kenya,en,Work-based learning,Youth,"Young people learn crop farming, irrigation and agribusiness through apprenticeships with farmers in rural Kenya."`,
  `A2,Agribusiness apprenticeships for young farmers,Green Valley College,Uganda,en,Work-based learning,Youth,"Apprenticeships in agribusiness and irrigation help young farmers in rural Uganda grow crops and sell produce."`,
  `A3,Farming apprenticeships with cooperatives,Coop Training Centre,Tanzania,en,Work-based learning,Rural communities,"Cooperatives host apprenticeships where rural youth learn irrigation, crop farming and agribusiness."`,
  `D1,Digital skills bootcamp for women,Code Sisters,India,en,Training delivery and assessment,Women,"Women learn coding, web development and digital skills in an online bootcamp with mentors from software companies."`,
  `D2,Coding academy for young women,Tech Her Future,Bangladesh,en,Training delivery and assessment,Women,"An online coding academy teaches women web development, software testing and digital skills with company mentors."`,
  `D3,Online software training for women returners,Digital Return,Philippines,en,Training delivery and assessment,Women,"Women returning to work learn software development and digital skills online, mentored by software companies."`,
];
const csv = [HEADER, ...rows].join("\n");

describe("readAndBuild", () => {
  it("links proposals on the same theme and groups them into two communities", () => {
    const network = readAndBuild(csv, { read: { fileName: "small.csv" }, betweenness: true, minScore: 0.05 });
    expect(network.report.imported).toBe(6);
    expect(network.proposals).toHaveLength(6);

    const a1 = similarProjects(network, "A1", { k: 2 });
    expect(a1.map((match) => match.id).sort()).toEqual(["A2", "A3"]);
    expect(a1[0]!.score).toBeGreaterThanOrEqual(a1[1]!.score);
    expect(a1[0]!.sharedTerms.map((term) => term.term).join(" ")).toMatch(/apprenticeship|irrigation|agribusiness/);

    const communityOf = (id: string) => network.graph.getNodeAttribute(`proposal:${id}`, "community");
    expect(communityOf("A1")).toBe(communityOf("A2"));
    expect(communityOf("A1")).toBe(communityOf("A3"));
    expect(communityOf("D1")).toBe(communityOf("D2"));
    expect(communityOf("A1")).not.toBe(communityOf("D1"));
    expect(network.communities.communities.length).toBe(2);
  });

  it("times every stage and reports progress in order", () => {
    const seen: string[] = [];
    const network = readAndBuild(csv, { onProgress: (stage) => seen.push(stage) });
    expect(seen.filter((stage, i) => seen.indexOf(stage) === i)).toEqual([...STAGES]);
    for (const stage of STAGES) expect(network.timings[stage]).toBeGreaterThanOrEqual(0);
  });

  it("answers free-text queries with the matching theme first", () => {
    const network = readAndBuild(csv);
    const matches = similarToText(network, "coding and software skills for women", { k: 3 });
    expect(matches.length).toBeGreaterThan(0);
    expect(["D1", "D2", "D3"]).toContain(matches[0]!.id);
    expect(matches[0]!.title.length).toBeGreaterThan(0);
  });

  it("names an unknown id in its error", () => {
    const network = readAndBuild(csv);
    expect(() => similarProjects(network, "NOPE")).toThrow(/no proposal with id "NOPE"/);
  });

  it("gives the same communities for the same seed", () => {
    const first = readAndBuild(csv, { seed: 7 });
    const second = readAndBuild(csv, { seed: 7 });
    expect(second.communities).toEqual(first.communities);
  });
});
