import { describe, expect, it } from "vitest";
import { fixtureGraph } from "../../test/fixture.js";
import { forceLayoutDefaults, iterationBudget, runForceLayout, type ForceLayoutOptions } from "./force.js";
import { assignPositions, initialPositions } from "./initial.js";

type Update = { positions: Float32Array; iterations: number; done: boolean };

function placedGraph() {
  const graph = fixtureGraph();
  assignPositions(graph, initialPositions(graph));
  return graph;
}

/** Options with a clock that advances 1 ms per reading, so slices and pacing do not depend on the machine. */
function options(graph: ReturnType<typeof fixtureGraph>, overrides: Partial<ForceLayoutOptions> = {}): { options: ForceLayoutOptions; updates: Update[] } {
  const updates: Update[] = [];
  let clock = 0;
  return {
    updates,
    options: {
      ...forceLayoutDefaults,
      iterations: 120,
      sizes: new Float32Array(graph.order).fill(6),
      viewport: { width: 600, height: 400 },
      postEvery: Infinity,
      now: () => (clock += 1),
      yieldToEvents: () => Promise.resolve(),
      cancelled: () => false,
      onPositions: (positions, iterations, done) => updates.push({ positions, iterations, done }),
      ...overrides,
    },
  };
}

const position = (graph: ReturnType<typeof fixtureGraph>, key: string) => graph.getNodeAttributes(key) as unknown as { x: number; y: number };
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe("layout in the worker", () => {
  it("gives small graphs 500 ForceAtlas2 iterations and large ones fewer, never under 40", () => {
    expect(iterationBudget(970)).toBe(500);
    expect(iterationBudget(4_000)).toBe(250);
    expect(iterationBudget(36_112)).toBe(40);
  });

  it("runs the whole budget and sends one update when asked for the final positions only", async () => {
    const graph = placedGraph();
    const { options: run, updates } = options(graph);
    expect(await runForceLayout(graph, run)).toBe(120);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.done).toBe(true);
    expect(updates[0]!.iterations).toBe(120);
    expect(updates[0]!.positions).toHaveLength(graph.order * 2);
    // The graph holds what was sent, in graph order.
    graph.forEachNode((key, _attributes) => {
      const index = graph.nodes().indexOf(key);
      expect(position(graph, key).x).toBeCloseTo(updates[0]!.positions[2 * index]!, 4);
    });
  });

  it("sends intermediate positions at the requested pace", async () => {
    const graph = placedGraph();
    const { options: run, updates } = options(graph, { postEvery: 20, slice: 5 });
    await runForceLayout(graph, run);
    expect(updates.length).toBeGreaterThan(3);
    expect(updates.filter((update) => update.done)).toHaveLength(1);
    expect(updates.at(-1)!.done).toBe(true);
    const counts = updates.map((update) => update.iterations);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it("keeps similar proposals closer than unrelated ones, and gives the same result twice", async () => {
    const first = placedGraph();
    await runForceLayout(first, options(first).options);
    const second = placedGraph();
    await runForceLayout(second, options(second).options);
    first.forEachNode((key) => expect(position(second, key)).toEqual(position(first, key)));
    const a1 = position(first, "proposal:A1");
    expect(distance(a1, position(first, "proposal:A2"))).toBeLessThan(distance(a1, position(first, "proposal:D2")));
  });

  it("stops when a newer build supersedes the run", async () => {
    const graph = placedGraph();
    let calls = 0;
    const { options: run, updates } = options(graph, { slice: 1, cancelled: () => ++calls > 2 });
    expect(await runForceLayout(graph, run)).toBeLessThan(120);
    expect(updates).toHaveLength(0);
  });
});
