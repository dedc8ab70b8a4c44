import type { Rule } from "../../engine/rule.js";
import duplicateToolNames from "./duplicate-tool-names.js";
import switchDispatch from "./switch-dispatch.js";
import toolFactory from "./tool-factory.js";
import toolMetadata from "./tool-metadata.js";
import toolRegistry from "./tool-registry.js";
import toolsDeclared from "./tools-declared.js";

/** Rules of this pillar; each entry is the default export of a file beside this one. */
export const rules: readonly Rule[] = [toolsDeclared, toolRegistry, toolMetadata, toolFactory, switchDispatch, duplicateToolNames];
