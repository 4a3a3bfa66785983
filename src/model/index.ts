export * from "./types";
export * from "./schema";
export * from "./problems";
export * from "./graph";
export * from "./parse";
export * from "./review";
export * from "./workspace";
export * from "./stix";
