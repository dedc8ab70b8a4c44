import type { Analyzer, FactBase } from "../../engine/analyzer.js";
import { toolDispatch } from "./dispatch.js";
import { permissionChecks } from "./permission-checks.js";
import { toolCollections } from "./registries.js";
import { shellFlow } from "./shell-flow.js";
import { toolDeclarations } from "./tool-declarations.js";

export type { ToolDispatchFact } from "./dispatch.js";
export type { PermissionFact, PermissionKind } from "./permission-checks.js";
export type { ToolCollectionFact } from "./registries.js";
export type { ShellSinkFact } from "./shell-flow.js";
export type { ToolDeclarationFact } from "./tool-declarations.js";
export { toolDispatch, permissionChecks, toolCollections, shellFlow, toolDeclarations };

/** Analyzers of this group; each entry is an analyzer value from a file beside this one. */
export const analyzers: readonly Analyzer<FactBase>[] = [toolDeclarations, toolCollections, toolDispatch, permissionChecks, shellFlow];
