export * from "./types.js";
export { toGraphologyJSON, fromGraphologyJSON } from "./graphology-json.js";
export { toGEXF, gexfDefaults } from "./gexf.js";
export { toKumuBlueprint } from "./kumu.js";
export { linksToCSV, proposalsToCSV, csvDefaults } from "./csv.js";
