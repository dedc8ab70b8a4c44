import { defineRule } from "../../engine/rule.js";
import { permissionChecks } from "../../analyzers/tools/permission-checks.js";
import { isExample, sourceTools } from "../../analyzers/tools/queries.js";

/** Evidence: file paths are confined to a workspace root. */
export default defineRule({
  id: "permissions/path-containment",
  pillar: "permissions",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "File tools confined to the workspace",
    description: "Finds path containment checks: isWithinRoot-style helpers, or a relative path tested for a leading `..`.",
    rationale: "Without containment a model-chosen path such as ../../.ssh/id_rsa reads or writes outside the project.",
    references: ["LLM06", "ASI02"],
    recommendation: "Resolve every model-chosen path against the workspace root and refuse paths that escape it (symlinks included).",
  },
  messages: { path: "{{note}}" },
  detect(ctx) {
    if (sourceTools(ctx).length === 0) return;
    // Policies in examples and docs show what users could build; they do not govern the shipped tools.
    for (const p of ctx.facts(permissionChecks)) {
      if (isExample(p.file)) continue;
      if (p.kind !== "path-containment") continue;
      ctx.evidence({ signal: "path-containment", file: p.file, line: p.line, note: `path containment: ${p.name}${p.inFunction ? ` in ${p.inFunction}` : ""}` });
    }
  },
});
