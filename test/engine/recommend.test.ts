import { describe, expect, it } from "vitest";
import type { PillarKey } from "../../src/core/pillars.js";
import type { Finding, PillarScore } from "../../src/core/types.js";
import { defineRule } from "../../src/engine/rule.js";
import { PILLAR_MODELS } from "../../src/pillars/index.js";
import { recommend } from "../../src/recommend/recommend.js";

function pillars(status: Partial<Record<PillarKey, PillarScore["status"]>>): Record<PillarKey, PillarScore> {
  const score = (k: PillarKey): PillarScore => ({ score: 0, status: status[k] ?? "present", evidence: [], signals: [] });
  return {
    registry: score("registry"),
    permissions: score("permissions"),
    persistence: score("persistence"),
    budgeting: score("budgeting"),
    logging: score("logging"),
    verification: score("verification"),
    agents: score("agents"),
  };
}

const hazard = defineRule({
  id: "agents/fan-out-test",
  pillar: "agents",
  severity: "warning",
  kind: "hazard",
  meta: { title: "t", description: "Remove the orchestrator.", rationale: "Too early.", references: [], recommendation: "Defer orchestration" },
  messages: { m: "m" },
  detect: () => undefined,
});

describe("recommendations", () => {
  it("put foundations (permissions, persistence) before orchestration and the rest", () => {
    const recs = recommend(PILLAR_MODELS, pillars({ agents: "partial", permissions: "absent", persistence: "partial", logging: "absent" }), [], []);
    expect(recs.map((r) => r.pillar)).toEqual(["permissions", "persistence", "logging", "agents"]);
    expect(recs.map((r) => r.priority)).toEqual([1, 2, 3, 4]);
  });

  it("put hazards first and name the rules they answer", () => {
    const f: Finding = { ruleId: hazard.id, pillar: "agents", severity: "warning", message: "m", file: "a.ts", line: 4, recommendation: "x" };
    const recs = recommend(PILLAR_MODELS, pillars({ permissions: "absent" }), [f], [hazard]);
    expect(recs[0]?.rules).toEqual([hazard.id]);
    expect(recs[0]?.rationale).toContain("a.ts:4");
    expect(recs[1]?.pillar).toBe("permissions");
  });

  it("are empty when every pillar is present and nothing is found", () => {
    expect(recommend(PILLAR_MODELS, pillars({}), [], [])).toEqual([]);
  });
});
