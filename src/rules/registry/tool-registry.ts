import { defineRule } from "../../engine/rule.js";
import { toolCollections } from "../../analyzers/tools/registries.js";
import { sourceTools, switchDispatcher } from "../../analyzers/tools/queries.js";

/** Evidence: tools collected in a registry that is looked up by name or filtered at run time. */
export default defineRule({
  id: "registry/tool-registry",
  pillar: "registry",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Tool registry",
    description:
      "Finds a registry of tools: a registry class, a collection that tools are registered into, looked up by name in several places or filtered at run time (activeTools, allowedTools). A single dispatch lookup (toolMap.get(name)), tools registered on an MCP server, which the SDK dispatches, and tools run by a switch on their names do not count.",
    rationale: "A registry is the one place where the tool set can be listed, filtered per mode or role, and checked before dispatch.",
    references: ["LLM06", "ASI02"],
    recommendation: "Keep tools in one registry with register, get(name) and list(filter) instead of a bare array.",
  },
  messages: { registry: "{{kind}}: {{detail}}" },
  detect(ctx) {
    const tools = sourceTools(ctx);
    if (tools.length === 0) return;
    // Tools run by a switch on their names are a switch dispatch, however their declarations are listed.
    if (switchDispatcher(ctx)) return;
    // Tools registered on an MCP server are not a registry of the codebase's own: the SDK lists and dispatches them.
    const product = ctx.facts(toolCollections);
    // A linear find over a bare array is how a toy agent dispatches; it neither lists nor filters anything.
    const found = product.filter((c) => c.kind !== "list" && c.kind !== "register" && c.kind !== "scan");
    // One name lookup in a map built for dispatch (`toolMap.get(name)`) is a switch written as data, unless
    // tools are registered into that collection.
    const dispatchOnly = found.length === 1 && found[0]?.kind === "lookup" && !product.some((c) => c.kind === "register");
    if (dispatchOnly) return;
    for (const c of found) {
      ctx.evidence({ signal: "registry-collection", file: c.file, line: c.line, note: `${c.kind === "registry-class" ? "registry class" : `tools ${c.kind}`}: ${c.detail}` });
    }
  },
});
