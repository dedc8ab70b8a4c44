import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PILLAR_KEYS } from "../../src/core/pillars.js";
import { PILLAR_MODELS } from "../../src/pillars/index.js";
import { ALL_RULES } from "../../src/rules/index.js";

const root = join(import.meta.dirname, "..", "..");

describe("rule registry", () => {
  it("has unique ids of the form pillar/kebab-name", () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) expect(r.id).toMatch(new RegExp(`^${r.pillar}/[a-z0-9]+(?:-[a-z0-9]+)*$`));
  });

  it.each(ALL_RULES.map((r) => [r.id, r] as const))("%s lives in a file named for it, with a test file and docs", (id, rule) => {
    const name = id.split("/")[1] ?? "";
    const file = join(root, "src", "rules", rule.pillar, `${name}.ts`);
    expect(existsSync(file), `missing ${file}`).toBe(true);
    const test = join(root, "test", "rules", rule.pillar, `${name}.test.ts`);
    expect(existsSync(test), `missing ${test}`).toBe(true);
    expect(readFileSync(test, "utf8")).toContain("ruleTester");
    for (const field of ["title", "description", "rationale", "recommendation"] as const) {
      expect(rule.meta[field].trim().length, `${id} meta.${field}`).toBeGreaterThan(10);
    }
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
  });

  it("has at least three evidence rules per pillar", () => {
    for (const key of PILLAR_KEYS) {
      const n = ALL_RULES.filter((r) => r.pillar === key && r.kind === "evidence").length;
      expect(n, key).toBeGreaterThanOrEqual(3);
    }
  });

  it("has the named hazards", () => {
    const ids = new Set(ALL_RULES.map((r) => r.id));
    for (const id of [
      "permissions/unguarded-shell",
      "budgeting/unbounded-loop",
      "agents/premature-orchestration",
      "registry/switch-dispatch",
      "logging/console-only",
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it("pillar models are keyed by their own key and have signal weights summing to at most 100", () => {
    for (const key of PILLAR_KEYS) {
      const model = PILLAR_MODELS[key];
      expect(model.key).toBe(key);
      const total = Object.values(model.signals).reduce((n, s) => n + s.weight, 0);
      expect(total).toBeLessThanOrEqual(100);
      expect(total).toBeGreaterThan(0);
    }
  });
});
