/**
 * Fills "{slot}" placeholders. "{Slot}" (capital first letter) inserts the
 * value with a capital first letter, for slots that open a sentence.
 */
export type Slots = Readonly<Record<string, string>>;

export function fill(template: string, slots: Slots): string {
  return template.replace(/\{([A-Za-z0-9]+)\}/g, (_match, name: string) => {
    const value = slots[name] ?? slots[name[0].toLowerCase() + name.slice(1)];
    if (value === undefined) {
      throw new Error(`@skills-network/sample-data: template slot "${name}" has no value in "${template}".`);
    }
    const capital = name[0] !== name[0].toLowerCase() && slots[name] === undefined;
    return capital && value.length > 0 ? value[0].toUpperCase() + value.slice(1) : value;
  });
}

/** The slot names a template uses, to check templates against the slots they will get. */
export function slotNames(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z0-9]+)\}/g)].map((match) => match[1][0].toLowerCase() + match[1].slice(1));
}
