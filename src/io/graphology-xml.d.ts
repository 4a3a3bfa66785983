// The environment-neutral parts of graphology's GEXF and GraphML modules. Their package entry points
// bind a DOM implementation at import time (xmldom 0.8 in Node, the global DOMParser in browsers);
// these factories take the one we choose, so the same code runs in both (see ./xml.ts).

declare module "graphology-gexf/common/parser.js" {
  import type { Attributes, default as AbstractGraph, GraphConstructor } from "graphology-types";
  type Parse = (
    Graph: GraphConstructor,
    source: Document,
    options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean },
  ) => AbstractGraph<Attributes, Attributes, Attributes>;
  export default function createParserFunction(
    DOMParser: unknown,
    DocumentClass: abstract new () => Document,
  ): Parse;
}

declare module "graphology-gexf/common/writer.js" {
  import type { Attributes, default as AbstractGraph } from "graphology-types";
  type Viz = {
    color?: string;
    size?: number;
    x?: number;
    y?: number;
    z?: number;
    shape?: string;
    thickness?: number;
  };
  type Formatted = { label?: string; viz?: Viz; attributes?: Attributes };
  export default function write(
    graph: AbstractGraph,
    options?: {
      pretty?: boolean;
      version?: "1.2" | "1.3";
      formatNode?: (key: string, attributes: Attributes) => Formatted;
      formatEdge?: (key: string, attributes: Attributes) => Formatted;
    },
  ): string;
}

declare module "graphology-graphml/common/parser.js" {
  import type { Attributes, default as AbstractGraph, GraphConstructor } from "graphology-types";
  type Parse = (
    Graph: GraphConstructor,
    source: Document,
    options?: { addMissingNodes?: boolean },
  ) => AbstractGraph<Attributes, Attributes, Attributes>;
  export default function createParserFunction(
    DOMParser: unknown,
    DocumentClass: abstract new () => Document,
  ): Parse;
}
