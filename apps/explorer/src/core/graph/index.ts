export * from "./types.js";
export * from "./client.js";
export * from "./model.js";
export { foldText } from "./fold.js";
