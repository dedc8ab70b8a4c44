import { PILLAR_KEYS } from "../core/pillars.js";
import { EXIT } from "../errors/plumbline-error.js";
import { UsageError } from "../errors/usage-error.js";
import { ALL_RULES, findRule } from "../rules/index.js";
import type { CliIo } from "./io.js";

/** `plumbline rules [--json]`: the rule list. */
export function runRulesList(opts: { json?: boolean }, io: CliIo): number {
  const rules = [...ALL_RULES].sort((a, b) => PILLAR_KEYS.indexOf(a.pillar) - PILLAR_KEYS.indexOf(b.pillar) || a.id.localeCompare(b.id));
  if (opts.json) {
    io.stdout(`${JSON.stringify(rules.map((r) => ({ id: r.id, pillar: r.pillar, severity: r.severity, kind: r.kind, ...r.meta })), null, 2)}\n`);
    return EXIT.ok;
  }
  const width = Math.max(...rules.map((r) => r.id.length), 10);
  for (const r of rules) io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.meta.title}\n`);
  return EXIT.ok;
}

/** `plumbline rules explain <id>`: one rule's documentation. */
export function runRulesExplain(id: string, io: CliIo): number {
  const rule = findRule(id);
  if (!rule) throw new UsageError(`no rule "${id}" (see plumbline rules)`);
  const m = rule.meta;
  io.stdout(
    [
      `${rule.id} (${rule.severity}, pillar ${rule.pillar}, ${rule.kind})`,
      m.title,
      "",
      m.description,
      "",
      `Why: ${m.rationale}`,
      `Fix: ${m.recommendation}`,
      m.references.length ? `References: ${m.references.join(", ")}` : "",
    ]
      .filter((l, i, a) => l !== "" || a[i - 1] !== "")
      .join("\n")
      .trimEnd() + "\n",
  );
  return EXIT.ok;
}
