import { defineRule } from "../../engine/rule.js";
import { permissionChecks } from "../../analyzers/tools/permission-checks.js";
import { isExample, sourceTools } from "../../analyzers/tools/queries.js";

/** Evidence: shell commands are parsed and checked before they run (or at least matched against a deny list). */
export default defineRule({
  id: "permissions/shell-validation",
  pillar: "permissions",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Shell commands checked before they run",
    description:
      "Finds shell command analysis: a shell parser (tree-sitter-bash, shell-quote, bash-parser), detection of substitution, redirection and chaining, command allow lists; a regex deny list counts only as a partial gate.",
    rationale: "A deny-list regex is bypassed by quoting, substitution or chaining; only parsing the command and checking every sub-command holds.",
    references: ["LLM06", "ASI05"],
    recommendation: "Parse shell commands (tree-sitter-bash or shell-quote), refuse substitution and redirection, and check each sub-command's program against rules.",
  },
  messages: { shell: "{{note}}" },
  detect(ctx) {
    if (sourceTools(ctx).length === 0) return;
    // Policies in examples and docs show what users could build; they do not govern the shipped tools.
    for (const p of ctx.facts(permissionChecks)) {
      if (isExample(p.file)) continue;
      if (p.kind === "shell-parser") ctx.evidence({ signal: "shell-checks", file: p.file, line: p.line, note: `shell analysis: ${p.name}` });
      else if (p.kind === "shell-allowlist") ctx.evidence({ signal: "shell-checks", file: p.file, line: p.line, note: `command allow list ${p.name}` });
      else if (p.kind === "shell-denylist") ctx.evidence({ signal: "partial-gate", file: p.file, line: p.line, note: `dangerous-command deny list ${p.name}` });
    }
  },
});
