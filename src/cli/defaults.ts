/** Where the commands read and write by default, relative to the project root. */
export const DEFAULT_DOCUMENTS = "graph-data/documents";
export const DEFAULT_GRAPH = "graph-data/graph.json";
export const DEFAULT_ENTITIES = "graph-data/entities.json";
