import { defineRule } from "../../engine/rule.js";
import { EXAMPLE_PATH, sourceTools } from "../../analyzers/tools/queries.js";

/** Smell: the same static tool name declared more than once in shipped source. */
export default defineRule({
  id: "registry/duplicate-tool-names",
  pillar: "registry",
  severity: "warning",
  kind: "smell",
  meta: {
    title: "Duplicate tool names",
    description: "Finds a static tool name declared twice in one source file (tests, examples and docs excluded).",
    rationale: "Two tools with one name make the model's choice ambiguous and let the later registration silently replace the earlier one.",
    references: ["ASI02"],
    recommendation: "Fold duplicate tool definitions into one declaration, or give each tool a distinct name.",
  },
  messages: { duplicate: "tool name {{name}} is also declared at {{other}}" },
  detect(ctx) {
    // Keyed by file and branch: separate files and if/else branches often hold alternative tool sets on purpose.
    const first = new Map<string, { file: string; line: number }>();
    const tools = sourceTools(ctx)
      .filter((t) => t.name !== undefined && !EXAMPLE_PATH.test(t.file))
      .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    for (const t of tools) {
      const name = t.name ?? "";
      const key = `${t.file}\0${t.scope}\0${name}`;
      const seen = first.get(key);
      if (!seen) {
        first.set(key, { file: t.file, line: t.line });
        continue;
      }
      if (seen.file === t.file && seen.line === t.line) continue;
      ctx.report({ messageId: "duplicate", data: { name, other: `${seen.file}:${seen.line}` }, file: t.file, line: t.line });
    }
  },
});
