import { describe, expect, it } from "vitest";
import { fixtureGraph } from "../../test/fixture.js";
import { initialPositions } from "./initial.js";

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe("initial layout", () => {
  const graph = fixtureGraph();
  const positions = initialPositions(graph);

  it("places every node, none on top of another", () => {
    expect(positions.size).toBe(graph.order);
    const points = [...positions.values()];
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) expect(distance(points[i]!, points[j]!)).toBeGreaterThan(1e-3);
    }
  });

  it("groups each community around its own centre", () => {
    const p = (id: string) => positions.get(`proposal:${id}`)!;
    const within = Math.max(distance(p("A1"), p("A2")), distance(p("A1"), p("A3")), distance(p("D1"), p("D2")));
    const between = Math.min(distance(p("A1"), p("D1")), distance(p("A2"), p("D2")), distance(p("A3"), p("D1")));
    expect(between).toBeGreaterThan(within);
  });

  it("puts an organisation next to its proposals", () => {
    const organization = positions.get("organization:farm-skills-trust")!;
    expect(distance(organization, positions.get("proposal:A1")!)).toBeLessThan(1);
  });

  it("is deterministic", () => {
    expect([...initialPositions(fixtureGraph())]).toEqual([...positions]);
  });
});
