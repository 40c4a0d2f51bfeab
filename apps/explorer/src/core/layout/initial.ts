/**
 * Starting positions that make ForceAtlas2 settle fast: each community on its
 * own disc (a sunflower pattern, deterministic and without overlaps), the discs
 * on a spiral, proposals without a community on an outer ring, and every other
 * node near the centroid of its neighbours.
 */
import type { SkillsGraph } from "@skills-network/core";

export type Positions = Map<string, { x: number; y: number }>;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Distance between neighbouring proposals in a community disc. */
const SPACING = 1;

export function initialPositions(graph: SkillsGraph): Positions {
  const positions: Positions = new Map();
  const groups = new Map<number, string[]>();
  const loners: string[] = [];
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== "proposal") return;
    if (attributes.community === null || attributes.community === undefined) loners.push(key);
    else {
      const members = groups.get(attributes.community);
      if (members) members.push(key);
      else groups.set(attributes.community, [key]);
    }
  });

  // Communities from the largest (id 0) outwards: disc i sits on a spiral whose radius grows with the area used so far.
  let usedArea = 0;
  let outer = 0;
  const ids = [...groups.keys()].sort((a, b) => a - b);
  ids.forEach((id, index) => {
    const members = groups.get(id)!.sort();
    const discRadius = SPACING * Math.sqrt(members.length);
    const distance = index === 0 ? 0 : 2.2 * Math.sqrt(usedArea + members.length) * SPACING;
    const angle = index * GOLDEN_ANGLE * 1.7;
    const centre = { x: distance * Math.cos(angle), y: distance * Math.sin(angle) };
    members.forEach((key, j) => {
      const r = discRadius * Math.sqrt((j + 0.5) / members.length);
      positions.set(key, { x: centre.x + r * Math.cos(j * GOLDEN_ANGLE), y: centre.y + r * Math.sin(j * GOLDEN_ANGLE) });
    });
    usedArea += members.length;
    outer = Math.max(outer, distance + discRadius);
  });

  loners.sort().forEach((key, j) => {
    const angle = (2 * Math.PI * j) / loners.length;
    const radius = outer + 2 * SPACING + (j % 3) * 0.5 * SPACING;
    positions.set(key, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });

  // Organisations, countries, categories, beneficiaries next to their proposals; regions after their countries.
  const pending: string[] = [];
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== "proposal") pending.push(key);
  });
  pending.sort((a, b) => kindRank(graph, a) - kindRank(graph, b) || (a < b ? -1 : 1));
  for (const key of pending) positions.set(key, nearNeighbours(graph, key, positions));
  return positions;
}

/** Writes positions as `x`/`y` node attributes (what sigma and the layouts read). */
export function assignPositions(graph: SkillsGraph, positions: Positions): void {
  graph.updateEachNodeAttributes((key, attributes) => {
    const position = positions.get(key) ?? { x: 0, y: 0 };
    return { ...attributes, x: position.x, y: position.y };
  });
}

function kindRank(graph: SkillsGraph, key: string): number {
  return graph.getNodeAttribute(key, "kind") === "region" ? 1 : 0;
}

function nearNeighbours(graph: SkillsGraph, key: string, positions: Positions): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let count = 0;
  graph.forEachNeighbor(key, (neighbour) => {
    const position = positions.get(neighbour);
    if (!position) return;
    x += position.x;
    y += position.y;
    count += 1;
  });
  // A small offset derived from the key: two nodes on the same centroid must not coincide (forces divide by distance).
  const angle = (hash(key) % 3600) * (Math.PI / 1800);
  const offset = 0.6 * SPACING;
  const cx = count > 0 ? x / count : 0;
  const cy = count > 0 ? y / count : 0;
  return { x: cx + offset * Math.cos(angle), y: cy + offset * Math.sin(angle) };
}

/** FNV-1a, enough to spread offsets deterministically. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
