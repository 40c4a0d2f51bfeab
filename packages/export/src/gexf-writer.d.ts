// graphology-gexf's writer alone: its package entry also loads an XML parser that
// needs Node (or a global DOMParser), while the writer runs anywhere.
declare module "graphology-gexf/common/writer.js" {
  import type { AbstractGraph, Attributes } from "graphology-types";

  interface VizRecord {
    color?: string;
    size?: number;
    x?: number;
    y?: number;
  }
  interface FormattedElement {
    label?: string;
    viz?: VizRecord;
    weight?: number;
    attributes?: Attributes;
  }
  interface WriterOptions<N extends Attributes, E extends Attributes> {
    version?: "1.2" | "1.3";
    pretty?: boolean;
    formatNode?: (key: string, attributes: N) => FormattedElement;
    formatEdge?: (key: string, attributes: E) => FormattedElement;
  }
  function write<N extends Attributes, E extends Attributes, G extends Attributes>(
    graph: AbstractGraph<N, E, G>,
    options?: WriterOptions<N, E>,
  ): string;
  export = write;
}
