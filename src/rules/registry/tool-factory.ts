import { defineRule } from "../../engine/rule.js";
import { sourceTools } from "../../analyzers/tools/queries.js";

const MIN_TOOLS = 3;

/** Evidence: tools go through one factory or base class. */
export default defineRule({
  id: "registry/tool-factory",
  pillar: "registry",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "One tool factory or base class",
    description: "Finds a helper (defineTool, createTool, tool) or base class that most tool declarations go through.",
    rationale: "A single factory is where defaults (risk, validation, timeouts) are applied to every tool, so none is forgotten.",
    references: ["ASI02"],
    recommendation: "Route every tool through one defineTool helper or base class that applies schema validation and risk defaults.",
  },
  messages: { factory: "{{count}} tools go through {{via}}" },
  detect(ctx) {
    const tools = sourceTools(ctx);
    const byVia = new Map<string, typeof tools>();
    for (const t of tools) {
      if (!t.via || t.style === "object") continue;
      const list = byVia.get(t.via) ?? [];
      list.push(t);
      byVia.set(t.via, list);
    }
    for (const [via, list] of byVia) {
      const first = list[0];
      if (!first || list.length < MIN_TOOLS || list.length * 2 < tools.length) continue;
      ctx.evidence({ signal: "tool-factory", file: first.file, line: first.line, note: `${list.length} of ${tools.length} tools go through ${via}` });
    }
  },
});
