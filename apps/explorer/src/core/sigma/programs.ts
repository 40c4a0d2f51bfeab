/**
 * Which WebGL programs draw nodes and links. sigma's defaults (discs and
 * rectangles) are drawn with instanced draw calls; software WebGL (SwiftShader:
 * headless browsers, machines without a GPU) pays for each instance, hidden
 * ones included. On the 970-node, 5 000-link sample a frame took 169 ms with
 * rectangles, 93 ms with lines; discs cost about 30 ms more than points.
 * Points and lines are one plain draw call each, and links the reducers hide
 * cost nothing. Links are one pixel wide; the open node's links stand out by colour.
 */
import { EdgeLineProgram, NodePointProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";

export const programSettings: Pick<Settings, "defaultNodeType" | "defaultEdgeType" | "nodeProgramClasses" | "edgeProgramClasses"> = {
  defaultNodeType: "point",
  nodeProgramClasses: { point: NodePointProgram },
  defaultEdgeType: "line",
  edgeProgramClasses: { line: EdgeLineProgram },
};
