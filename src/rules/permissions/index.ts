import type { Rule } from "../../engine/rule.js";
import pathContainment from "./path-containment.js";
import permissionGate from "./permission-gate.js";
import permissionModes from "./permission-modes.js";
import shellTool from "./shell-tool.js";
import shellValidation from "./shell-validation.js";
import unguardedShell from "./unguarded-shell.js";

/** Rules of this pillar; each entry is the default export of a file beside this one. */
export const rules: readonly Rule[] = [permissionGate, permissionModes, shellValidation, pathContainment, shellTool, unguardedShell];
