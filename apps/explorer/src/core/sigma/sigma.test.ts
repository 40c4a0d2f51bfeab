import { describe, expect, it } from "vitest";
import { computeLooks } from "../appearance/index.js";
import { FADED_NODE_COLOR } from "../appearance/palette.js";
import { computeVisibility } from "../filters/visibility.js";
import { fixtureGraph } from "../../test/fixture.js";
import { defaultViewState } from "../state/utils.js";
import { neighbourhood } from "./neighbourhood.js";
import { changedItems, EVERYTHING } from "./diff.js";
import { createEdgeReducer, createNodeReducer, type ReducerInput } from "./reducers.js";
import { lightGraph, syncPositions } from "./drawn.js";
import { openLinks, openNeighbourhood } from "./open-neighbourhood.js";
import { canvasLabels } from "./labels.js";
import { beneficiaryLabel, categoryLabel } from "../i18n/labels.js";

const graph = fixtureGraph();
const looks = computeLooks(graph);

describe("neighbourhood", () => {
  it("reaches direct neighbours at depth 1", () => {
    expect([...neighbourhood(graph, "proposal:D1", 1)].sort()).toEqual([
      "beneficiary:women",
      "category:training-delivery",
      "country:IN",
      "organization:code-sisters",
      "proposal:D1",
      "proposal:D2",
    ]);
  });

  it("goes on only through similar and submitted-by links at depth 2", () => {
    const two = neighbourhood(graph, "proposal:D1", 2);
    // Through the organisation to its other proposal, through D2 to D2's organisation...
    expect(two.has("proposal:L1")).toBe(true);
    expect(two.has("organization:código-ellas")).toBe(true);
    // ...but not through the category hub to A3, nor through the country to its region.
    expect(two.has("proposal:A3")).toBe(false);
    expect(two.has("region:Asia")).toBe(false);
  });
});

type Overrides = Partial<Omit<ReducerInput, "state">> & { state?: Partial<ReducerInput["state"]> };

/** What the reducers read for the fixture graph: nothing filtered, nothing open, unless overridden. */
const input = (overrides: Overrides = {}): ReducerInput => ({
  looks,
  visible: null,
  highlight: null,
  fadeOutsideHighlight: true,
  light: false,
  nodeScale: 1,
  labels: new Map(),
  ...overrides,
  state: { ...defaultViewState, ...overrides.state },
});

describe("reducers", () => {
  const node = (current: ReducerInput, key: string) =>
    createNodeReducer(() => current)(key, graph.getNodeAttributes(key) as never);
  const edge = (current: ReducerInput, key: string) =>
    createEdgeReducer(graph, () => current)(key, graph.getEdgeAttributes(key) as never);

  it("picks colour and size by mode", () => {
    const look = looks.get("proposal:A1")!;
    expect(node(input(), "proposal:A1")).toMatchObject({ color: look.colors.community, size: look.sizes.degree });
    expect(node(input({ state: { colorMode: "region", sizeMode: "betweenness" } }), "proposal:A1")).toMatchObject({
      color: look.colors.region,
      size: look.sizes.betweenness,
    });
  });

  it("hides or fades filtered-out nodes, and hides their links", () => {
    const visibility = computeVisibility(graph, { language: ["fr"] });
    expect([...visibility.proposals]).toEqual(["proposal:A3"]);
    const hide = input({ visible: visibility.nodes });
    expect(node(hide, "proposal:A1").hidden).toBe(true);
    expect(node(hide, "proposal:A3").hidden).toBeFalsy();
    expect(node(hide, "country:SN").hidden).toBeFalsy();
    expect(node(hide, "region:Africa").hidden).toBeFalsy();
    expect(node(hide, "country:KE").hidden).toBe(true);
    const fade = input({ visible: visibility.nodes, state: { filterMode: "fade" } });
    expect(node(fade, "proposal:A1")).toMatchObject({ color: FADED_NODE_COLOR, label: "" });
    expect(node(fade, "proposal:A1").hidden).toBeFalsy();
    expect(edge(fade, "similar|proposal:A1|proposal:A3").hidden).toBe(true);
  });

  it("keeps the open node visible even when filtered out", () => {
    const visibility = computeVisibility(graph, { language: ["fr"] });
    const current = input({ visible: visibility.nodes, state: { selection: "proposal:A1" } });
    expect(node(current, "proposal:A1")).toMatchObject({ highlighted: true, forceLabel: true });
    expect(node(current, "proposal:A1").hidden).toBeFalsy();
  });

  it("fades what is outside the open neighbourhood", () => {
    const highlight = neighbourhood(graph, "proposal:D1", 1);
    const current = input({ highlight, state: { selection: "proposal:D1" } });
    expect(node(current, "proposal:D2").color).toBe(looks.get("proposal:D2")!.colors.community);
    expect(node(current, "proposal:A1").color).toBe(FADED_NODE_COLOR);
    expect(edge(current, "similar|proposal:D1|proposal:D2").hidden).toBeFalsy();
    expect(edge(current, "similar|proposal:A1|proposal:A2").hidden).toBe(true);
  });
});

describe("what a change redraws", () => {
  const base = input();

  it("redraws everything when the colour mode changes or fading starts", () => {
    expect(changedItems(graph, base, { ...base, state: { ...base.state, colorMode: "region" } })).toBe(EVERYTHING);
    const open = { ...base, highlight: neighbourhood(graph, "proposal:D1", 1), state: { ...base.state, selection: "proposal:D1" } };
    expect(changedItems(graph, base, open)).toBe(EVERYTHING);
  });

  it("redraws only the nodes whose visibility flips, and their links", () => {
    const french = { ...base, visible: computeVisibility(graph, { language: ["fr"] }).nodes };
    const frenchOrSpanish = { ...base, visible: computeVisibility(graph, { language: ["fr", "es"] }).nodes };
    const changed = changedItems(graph, french, frenchOrSpanish);
    if (changed === EVERYTHING) throw new Error("expected a partial change");
    // The training-delivery category was already shown (A3, in French, is in it).
    expect([...changed.nodes].sort()).toEqual([
      "beneficiary:women",
      "country:MX",
      "organization:código-ellas",
      "proposal:D2",
      "region:Americas",
    ]);
    expect(changed.edges.has("similar|proposal:D1|proposal:D2")).toBe(true);
    expect(changed.edges.has("similar|proposal:A1|proposal:A2")).toBe(false);
  });

  it("on a large graph, moving from one open node to another redraws the two neighbourhoods only", () => {
    const large = { ...base, fadeOutsideHighlight: false };
    const first = { ...large, highlight: neighbourhood(graph, "proposal:A1", 1), state: { ...large.state, selection: "proposal:A1" } };
    const opened = changedItems(graph, large, first);
    if (opened === EVERYTHING) throw new Error("expected a partial change");
    expect([...opened.nodes].sort()).toEqual([...neighbourhood(graph, "proposal:A1", 1)].sort());
    const second = { ...large, highlight: neighbourhood(graph, "proposal:A2", 1), state: { ...large.state, selection: "proposal:A2" } };
    const changed = changedItems(graph, first, second);
    if (changed === EVERYTHING) throw new Error("expected a partial change");
    expect(changed.nodes.has("proposal:D1")).toBe(false);
    expect(changed.nodes.has("proposal:A1")).toBe(true);
    expect(changed.nodes.has("proposal:A2")).toBe(true);
  });

  it("does not fade the rest of a large graph", () => {
    const highlight = neighbourhood(graph, "proposal:D1", 1);
    const current = { ...base, fadeOutsideHighlight: false, highlight, state: { ...base.state, selection: "proposal:D1" } };
    const reducer = createNodeReducer(() => current);
    expect(reducer("proposal:A1", graph.getNodeAttributes("proposal:A1") as never).color).toBe(looks.get("proposal:A1")!.colors.community);
  });
});

describe("light drawing", () => {
  const light: ReducerInput = {
    state: { ...defaultViewState },
    looks,
    visible: null,
    highlight: null,
    fadeOutsideHighlight: false,
    light: true,
    nodeScale: 0.5,
    labels: new Map(),
  };
  const reduce = (input: ReducerInput, key: string) => createNodeReducer(() => input)(key, graph.getNodeAttributes(key) as never);

  it("draws proposals at the scaled size", () => {
    expect(reduce(light, "proposal:D1")).toMatchObject({ size: looks.get("proposal:D1")!.sizes.degree * 0.5 });
    expect(reduce(light, "proposal:D1").hidden).toBeFalsy();
  });

  it("puts the open node's context nodes, named and coloured, on the neighbourhood layer", () => {
    const labels = canvasLabels(graph, "fr");
    const open = { ...light, labels, highlight: neighbourhood(graph, "proposal:D1", 1), state: { ...light.state, selection: "proposal:D1" } };
    const drawn = openNeighbourhood(graph, lightGraph(graph), open);
    expect(drawn.nodes.map((node) => node.key).sort()).toEqual([
      "beneficiary:women",
      "category:training-delivery",
      "country:IN",
      "organization:code-sisters",
    ]);
    const country = drawn.nodes.find((node) => node.key === "country:IN")!;
    expect(country).toMatchObject({ label: labels.get("country:IN"), color: looks.get("country:IN")!.colors.community, size: looks.get("country:IN")!.sizes.degree * 0.5 });
    expect(drawn.links.filter((link) => link.direct)).toHaveLength(graph.degree("proposal:D1"));
    expect(openNeighbourhood(graph, lightGraph(graph), light)).toEqual({ links: [], nodes: [] });
  });

  it("redraws the proposals a filter flips, not the hidden context nodes", () => {
    const french = { ...light, visible: computeVisibility(graph, { language: ["fr"] }).nodes };
    const changed = changedItems(lightGraph(graph), light, french);
    if (changed === EVERYTHING) throw new Error("expected a partial change");
    expect(changed.nodes.size).toBeGreaterThan(0);
    expect([...changed.nodes].every((key) => key.startsWith("proposal:"))).toBe(true);
    expect(changed.nodes.has("proposal:A3")).toBe(false);
    expect(changed.edges.size).toBe(0);
  });

  it("lists the open neighbourhood's links, the open node's first, without filtered-out ends", () => {
    const open = { ...light, highlight: neighbourhood(graph, "proposal:D1", 2), state: { ...light.state, selection: "proposal:D1" } };
    const links = openLinks(graph, open);
    const direct = links.filter((link) => link.direct);
    expect(direct.length).toBe(graph.degree("proposal:D1"));
    expect(links.slice(0, direct.length).every((link) => link.direct)).toBe(true);
    expect(links.length).toBeGreaterThan(direct.length);
    for (const link of links) expect(open.highlight.has(link.source) && open.highlight.has(link.target)).toBe(true);
    const filtered = { ...open, visible: computeVisibility(graph, { language: ["fr"] }).nodes };
    expect(openLinks(graph, filtered).every((link) => link.source === "proposal:D1" || link.target === "proposal:D1" || filtered.visible!.has(link.source))).toBe(true);
    expect(openLinks(graph, open, 3)).toHaveLength(3);
  });
});

describe("the light graph", () => {
  it("holds the proposals with their kind and position only, and no link", () => {
    const network = fixtureGraph();
    network.updateEachNodeAttributes((_key, attributes) => ({ ...attributes, x: 1, y: 2 }));
    const light = lightGraph(network);
    expect(light.order).toBe(network.filterNodes((_key, attributes) => attributes.kind === "proposal").length);
    expect(light.hasNode("country:IN")).toBe(false);
    expect(light.size).toBe(0);
    expect(light.getNodeAttributes("proposal:D1")).toEqual({ kind: "proposal", x: 1, y: 2 });
  });

  it("takes the network's positions when the layout moves nodes", () => {
    const network = fixtureGraph();
    network.updateEachNodeAttributes((_key, attributes) => ({ ...attributes, x: 0, y: 0 }));
    const light = lightGraph(network);
    network.setNodeAttribute("proposal:D1", "x" as never, 5 as never);
    syncPositions(light, network);
    expect(light.getNodeAttributes("proposal:D1")).toMatchObject({ x: 5, y: 0 });
  });
});

describe("canvas labels in the interface language", () => {
  it("names categories, beneficiary groups, countries and regions as the panels do", () => {
    const french = canvasLabels(graph, "fr");
    expect(french.get("category:work-based-learning")).toBe(categoryLabel("work-based-learning", "fr"));
    expect(french.get("category:work-based-learning")).not.toBe(canvasLabels(graph, "en").get("category:work-based-learning"));
    expect(french.get("beneficiary:women")).toBe(beneficiaryLabel("women", "fr"));
    expect(canvasLabels(graph, "es").get("country:SN")).toBe("Senegal");
    expect(french.get("country:SN")).toBe("Sénégal");
    expect(french.has("proposal:A1")).toBe(false);
    expect(french.has("organization:code-sisters")).toBe(false);
  });

  it("draws the translated label and redraws the labelled nodes when the language changes", () => {
    const base = input();
    const english = { ...base, labels: canvasLabels(graph, "en") };
    const spanish = { ...base, labels: canvasLabels(graph, "es") };
    const reduce = (input: ReducerInput, key: string) => createNodeReducer(() => input)(key, graph.getNodeAttributes(key) as never);
    expect(reduce(spanish, "beneficiary:women").label).toBe(beneficiaryLabel("women", "es"));
    expect(reduce(spanish, "proposal:A1").label).toBe(looks.get("proposal:A1")!.label);
    // On this small graph the labelled nodes are most of it: everything is redrawn.
    expect(changedItems(graph, english, spanish)).toBe(EVERYTHING);
    // Without links to collect, exactly the labelled nodes are.
    const changed = changedItems(graph.emptyCopy(), english, spanish);
    if (changed === EVERYTHING) throw new Error("expected a partial change");
    expect(changed.nodes.has("beneficiary:women")).toBe(true);
    expect(changed.nodes.has("proposal:A1")).toBe(false);
  });
});
