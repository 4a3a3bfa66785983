/** The state of a claim's two ends and its type, with the types the data model allows between them. */
import { useState } from "react";
import type { EdgeType } from "../../model";
import { useExplorer } from "../state/context";
import { allowedTypes } from "../workspace/allowed-types";

export interface ClaimEnds {
  source: string | null;
  target: string | null;
  /** The type chosen, or the first one allowed; undefined when no type joins the two ends. */
  type: EdgeType | undefined;
  allowed: EdgeType[];
  setSource: (key: string | null) => void;
  setTarget: (key: string | null) => void;
  setType: (type: EdgeType) => void;
}

export function useClaimEnds(start: { source: string | null; target: string | null; type: EdgeType | null }) {
  const { graph } = useExplorer();
  const [source, setSource] = useState(start.source);
  const [target, setTarget] = useState(start.target);
  const [type, setType] = useState(start.type);
  const allowed = allowedTypes(graph, source, target);
  const chosen = type && allowed.includes(type) ? type : allowed[0];
  return { source, target, type: chosen, allowed, setSource, setTarget, setType } satisfies ClaimEnds;
}
