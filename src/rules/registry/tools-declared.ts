import { defineRule } from "../../engine/rule.js";
import { sourceTools } from "../../analyzers/tools/queries.js";

/** Evidence: tools declared as data with a name, a description and an input schema. */
export default defineRule({
  id: "registry/tools-declared",
  pillar: "registry",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Tools declared as data",
    description: "Finds tools declared with a name, a description written for the model and an input schema.",
    rationale: "A tool declared as data can be listed, validated, filtered per role and checked by a permission engine.",
    references: ["LLM06", "ASI02"],
    recommendation: "Declare every tool with a name, a description and an input schema (zod or JSON Schema).",
  },
  messages: { declared: "tool {{name}} declared as data ({{style}})" },
  detect(ctx) {
    for (const t of sourceTools(ctx)) {
      // An MCP server lists a tool registered with a name and a schema even when it has no description.
      const described = t.hasDescription || (t.style === "mcp" && t.hasSchema);
      if (!described || !(t.hasSchema || t.handler)) continue;
      const parts = [t.hasSchema ? "schema" : "no schema", t.via ? `via ${t.via}` : t.style];
      ctx.evidence({ signal: "tools-declared", file: t.file, line: t.line, note: `tool ${t.name ?? t.className ?? "(dynamic name)"}: ${parts.join(", ")}` });
    }
  },
});
