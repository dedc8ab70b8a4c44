import { isStoryFile } from "../../loader/classify.js";
import type { FactReader } from "../../engine/analyzer.js";
import { permissionChecks, type PermissionFact } from "./permission-checks.js";
import { toolDeclarations, type ToolDeclarationFact } from "./tool-declarations.js";
import { toolDispatch, type ToolDispatchFact } from "./dispatch.js";

/** Paths of examples, docs and fixtures: code that shows a tool rather than ships it. */
export const EXAMPLE_PATH = /(?:^|\/)_*(?:examples?|samples?|demos?|docs?|fixtures?|templates?|playground|cookbook)_*\//i;

/** Recorded data and mocks: declarations there are test data, not tools. */
const FIXTURE_PATH = /(?:^|\/)_*(?:fixtures?|mocks?|snapshots?)_*\//i;

/** Type tests (`*.test-d.ts`) that the loader still classifies as source. */
const TYPE_TEST = /\.(?:test|spec)-d\.[cm]?tsx?$/;

/** Tool declarations in source files (tests excluded; invocation classes are not declarations). */
export function sourceTools(ctx: FactReader): ToolDeclarationFact[] {
  return ctx.facts(toolDeclarations).filter((t) => !TYPE_TEST.test(t.file) && !FIXTURE_PATH.test(t.file) && t.style !== "invocation");
}

/** Permission decisions that run before a tool handler of this codebase is executed, in source files. */
export function centralGates(ctx: FactReader): PermissionFact[] {
  return ctx.facts(permissionChecks).filter((p) => p.kind === "decision" && p.beforeExecute === true && !p.remoteTools);
}

/** Tool names that say the tool runs shell commands. */
export const SHELL_TOOL_NAME = /^(?:bash|shell|sh|terminal|exec|execute|run|cmd|command|run_?(?:shell_?)?command|execute_?(?:bash|shell|command)|run_?(?:bash|shell|terminal_?cmd)|shell_?exec|bash_?tool|shell_?tool|local_?shell)$/i;

/** Variable or class names that say a tool runs shell commands (`executeBashTool`, `ShellTool`). */
export const SHELL_TOOL_BINDING = /bash|shell|terminal|runCommand|execCommand|executeCommand|commandTool/i;

/** Whether a path is an example, a doc or a fixture. */
export function isExample(file: string): boolean {
  return EXAMPLE_PATH.test(file) || isStoryFile(file);
}

/** Functions that present a tool call (icons, labels, summaries) rather than run it. */
export const PRESENTATION_FUNCTION = /render|format|display|summar|describe|label|icon|title|color|colour|preview|print|message|text|emoji|verb|show/i;

/** Functions that run a tool call (`executeTool`, `handleCallToolRequest`), not ones that build or show the tool set. */
const RUNS_TOOLS = /execut|dispatch|invoke|handle|call|^run|perform|process/i;

/**
 * The switch (or if/else chain) that runs the declared tools, when it names at least three of them and half of all:
 * the tool set is kept in control flow even if a list of the declarations is filtered or indexed elsewhere.
 */
export function switchDispatcher(ctx: FactReader): ToolDispatchFact | undefined {
  const names = new Set(sourceTools(ctx).flatMap((t) => (t.name ? [t.name] : [])));
  return ctx.facts(toolDispatch).find((d) => {
    const fn = d.inFunction ?? "";
    if (isExample(d.file) || !RUNS_TOOLS.test(fn) || PRESENTATION_FUNCTION.test(fn)) return false;
    const known = new Set(d.cases.filter((c) => names.has(c))).size;
    return known >= 3 && known * 2 >= names.size;
  });
}
