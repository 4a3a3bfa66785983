import { SigmaContainer } from "@react-sigma/core";
import "@react-sigma/core/lib/style.css";
import { useEffect, useState } from "react";
import { formatProblem, loadGraph, type ClaimGraph } from "../model";
import bundledGraphUrl from "../../graph-data/graph.json?url";

export function App() {
  const [graph, setGraph] = useState<ClaimGraph | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch(bundledGraphUrl)
      .then((r) => r.text())
      .then((text) => {
        const result = loadGraph(text);
        if (result.ok) setGraph(result.graph);
        else setError(result.problems.map(formatProblem).join("\n"));
      })
      .catch((e: Error) => setError(e.message));
  }, []);
  if (error) return <pre role="alert">{error}</pre>;
  if (!graph) return <p>Loading…</p>;
  return (
    <SigmaContainer
      graph={graph}
      style={{ height: "100vh" }}
      settings={{
        nodeReducer: (_, a) => ({ ...a, type: "circle" }),
        edgeReducer: (_, a) => ({ ...a, type: "arrow" }),
      }}
    />
  );
}
