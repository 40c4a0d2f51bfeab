import { describe, expect, it } from "vitest";
import { toKumuBlueprint } from "./kumu.js";
import { smallNetwork } from "../test/network.js";

describe("toKumuBlueprint", () => {
  const graph = smallNetwork();
  const blueprint = toKumuBlueprint(graph);

  it("has one element per node and one connection per edge, with existing endpoints", () => {
    expect(blueprint.elements).toHaveLength(graph.order);
    expect(blueprint.connections).toHaveLength(graph.size);
    const ids = new Set(blueprint.elements.map((element) => element.id));
    expect(ids.size).toBe(graph.order);
    for (const connection of blueprint.connections) {
      expect(ids.has(connection.from)).toBe(true);
      expect(ids.has(connection.to)).toBe(true);
      expect(connection.direction).toBe("undirected");
    }
  });

  it("types elements by kind and writes custom fields as strings", () => {
    const types = new Set(blueprint.elements.map((element) => element.type));
    expect([...types].sort()).toEqual(["Beneficiary group", "Category", "Country", "Organization", "Proposal", "Region"]);
    const a = blueprint.elements.find((element) => element.id === "proposal:A");
    expect(a).toMatchObject({
      label: "Farms, apprentices and jobs",
      type: "Proposal",
      description: "Apprenticeships on farms.",
      "Proposal ID": "A",
      Languages: "fr | en",
      Year: "2021",
      Community: "0",
      Degree: String(graph.getNodeAttribute("proposal:A", "degree")),
    });
    expect(a?.tags).toEqual(["Work-based learning", "Green jobs"]);
    for (const element of blueprint.elements) {
      for (const [field, value] of Object.entries(element)) {
        if (field !== "tags") expect(typeof value).toBe("string");
      }
    }
    const organization = blueprint.elements.find((element) => element.id === "organization:agri-skills");
    expect(organization).toMatchObject({ type: "Organization", "Organization type": "ngo", "Communities bridged": "1" });
  });

  it("gives similar connections their score and shared terms", () => {
    const similar = blueprint.connections.find(
      (connection) => connection.from === "proposal:A" && connection.to === "proposal:B",
    );
    expect(similar).toEqual({
      from: "proposal:A",
      to: "proposal:B",
      type: "similar",
      direction: "undirected",
      strength: 0.8,
      label: "farm, apprentice",
      "shared terms": "farm | apprentice",
    });
    expect(blueprint.connections.filter((connection) => connection.type === "submitted-by")).toHaveLength(5);
  });
});
