import { PILLAR_KEYS, type PillarKey } from "../core/pillars.js";
import type { Finding, PillarScore, Recommendation } from "../core/types.js";
import type { PillarModel } from "../engine/pillar-model.js";
import type { Rule } from "../engine/rule.js";

/**
 * Orders what to do next: hazards first (errors, then warnings), then missing or partial pillars,
 * foundations (permissions, persistence) before orchestration. Each recommendation names the rules it answers.
 */
export function recommend(
  models: Readonly<Record<PillarKey, PillarModel>>,
  pillars: Readonly<Record<PillarKey, PillarScore>>,
  findings: readonly Finding[],
  rules: readonly Rule[],
): Recommendation[] {
  const out: Omit<Recommendation, "priority">[] = [];
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.severity === "info") continue;
    byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  }
  const severityRank = (r: Rule): number => (r.severity === "error" ? 0 : 1);
  const hazardRules = rules
    .filter((r) => byRule.has(r.id))
    .sort((a, b) => severityRank(a) - severityRank(b) || models[a.pillar].priority - models[b.pillar].priority);
  for (const rule of hazardRules) {
    const hits = byRule.get(rule.id) ?? [];
    const where = hits.slice(0, 3).map((f) => `${f.file}:${f.line}`).join(", ");
    out.push({
      title: rule.meta.title,
      rationale: `${rule.meta.rationale} Seen ${hits.length} time(s): ${where}${hits.length > 3 ? ", ..." : ""}.`,
      steps: [rule.meta.recommendation],
      rules: [rule.id],
      pillar: rule.pillar,
    });
  }
  const gaps = PILLAR_KEYS.filter((k) => pillars[k].status !== "present").sort(
    (a, b) => models[a].priority - models[b].priority,
  );
  for (const key of gaps) {
    const status = pillars[key].status;
    const advice = models[key].advice[status === "absent" ? "absent" : "partial"];
    const related = rules.filter((r) => r.pillar === key && r.kind === "evidence").map((r) => r.id);
    out.push({ title: advice.title, rationale: advice.rationale, steps: [...advice.steps], rules: related, pillar: key });
  }
  return out.map((r, i) => ({ priority: i + 1, ...r }));
}
