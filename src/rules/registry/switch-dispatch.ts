import { defineRule } from "../../engine/rule.js";
import { toolDispatch } from "../../analyzers/tools/dispatch.js";
import { toolCollections } from "../../analyzers/tools/registries.js";
import { PRESENTATION_FUNCTION, sourceTools, switchDispatcher } from "../../analyzers/tools/queries.js";

/** Smell: tools dispatched by a switch (or if/else chain) on tool-name strings. */
export default defineRule({
  id: "registry/switch-dispatch",
  pillar: "registry",
  severity: "warning",
  kind: "smell",
  meta: {
    title: "Tools dispatched by a switch on their names",
    description: "Finds switch statements and if/else chains that pick a tool's code by comparing the tool-call name with strings.",
    rationale:
      "A switch keeps the tool set in control flow: it cannot be listed, filtered per mode or role, or checked by one permission gate, and a new tool means editing the dispatcher.",
    references: ["ASI02"],
    recommendation: "Replace the switch with a registry: declare each tool as data with its handler and look the name up with registry.get(name).",
  },
  messages: { dispatch: "tool calls dispatched by a {{form}} on {{discriminant}} ({{cases}}) instead of a registry lookup" },
  detect(ctx) {
    // With a registry in place, a switch on tool names is presentation (icons, labels, summaries), not dispatch,
    // unless it runs most of the declared tools.
    const hasRegistry = ctx.facts(toolCollections).some((c) => c.kind !== "list" && c.kind !== "register");
    if (hasRegistry && !switchDispatcher(ctx)) return;
    const declared = new Set(sourceTools(ctx).flatMap((t) => (t.name ? [t.name] : [])));
    for (const d of ctx.facts(toolDispatch)) {
      const known = d.cases.filter((c) => declared.has(c)).length;
      if (!d.toolish && known < 2) continue;
      if (d.inFunction && PRESENTATION_FUNCTION.test(d.inFunction)) continue;
      if (d.toolish && declared.size > 0 && known === 0) continue;
      ctx.report({
        messageId: "dispatch",
        data: { form: d.form === "switch" ? "switch" : "if/else chain", discriminant: d.discriminant, cases: d.cases.slice(0, 4).join(", ") },
        file: d.file,
        line: d.line,
      });
    }
  },
});
