import { defineRule } from "../../engine/rule.js";
import { toolCollections } from "../../analyzers/tools/registries.js";
import { sourceTools } from "../../analyzers/tools/queries.js";

/** Evidence: tools collected in a registry that is looked up by name or filtered at run time. */
export default defineRule({
  id: "registry/tool-registry",
  pillar: "registry",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Tool registry",
    description:
      "Finds a registry of tools: a registry class, a collection looked up by name or filtered at run time (activeTools, allowedTools), or tools registered on an MCP server.",
    rationale: "A registry is the one place where the tool set can be listed, filtered per mode or role, and checked before dispatch.",
    references: ["LLM06", "ASI02"],
    recommendation: "Keep tools in one registry with register, get(name) and list(filter) instead of a bare array.",
  },
  messages: { registry: "{{kind}}: {{detail}}" },
  detect(ctx) {
    const tools = sourceTools(ctx);
    if (tools.length === 0) return;
    // An MCP server is a registry: the SDK lists registered tools (tools/list) and looks them up by name (tools/call).
    for (const t of tools) {
      if (t.style === "mcp") ctx.evidence({ signal: "registry-collection", file: t.file, line: t.line, note: `tool ${t.name ?? ""} registered on an MCP server (${t.via ?? "server.tool"})` });
    }
    for (const c of ctx.facts(toolCollections)) {
      // A linear find over a bare array is how a toy agent dispatches; it neither lists nor filters anything.
      if (c.inTest || c.kind === "list" || c.kind === "register" || c.kind === "scan") continue;
      ctx.evidence({ signal: "registry-collection", file: c.file, line: c.line, note: `${c.kind === "registry-class" ? "registry class" : `tools ${c.kind}`}: ${c.detail}` });
    }
  },
});
