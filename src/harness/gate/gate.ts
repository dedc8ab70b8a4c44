import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadScenario } from "../scenario.js";
import { replayScenario } from "./replay.js";

/** One scenario's comparison with its golden decision log. */
export interface GateResult {
  name: string;
  status: "pass" | "fail" | "missing" | "updated";
  diff: string[];
}

/** A readable diff of two decision logs: the first lines that differ, as `-` expected and `+` actual. */
export function diffLines(expected: readonly string[], actual: readonly string[], limit = 6): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(expected.length, actual.length) && out.length < limit * 2; i++) {
    if (expected[i] === actual[i]) continue;
    if (expected[i] !== undefined) out.push(`  line ${i + 1}\n  - ${expected[i]}`);
    if (actual[i] !== undefined) out.push(`  line ${i + 1}\n  + ${actual[i]}`);
  }
  return out;
}

/** Replays every scenario in `dir` and compares its decision log with `<name>.golden.jsonl`; `update` rewrites goldens. */
export async function runGate(dir: string, update: boolean): Promise<GateResult[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  const results: GateResult[] = [];
  for (const file of files) {
    const name = file.slice(0, -".json".length);
    const actual = await replayScenario(loadScenario(join(dir, file)));
    const goldenPath = join(dir, `${name}.golden.jsonl`);
    if (update) {
      writeFileSync(goldenPath, `${actual.join("\n")}\n`);
      results.push({ name, status: "updated", diff: [] });
      continue;
    }
    if (!existsSync(goldenPath)) {
      results.push({ name, status: "missing", diff: [`  no golden: run \`plumbline gate --update\` to record ${goldenPath}`] });
      continue;
    }
    const expected = readFileSync(goldenPath, "utf8").split("\n").filter((l) => l !== "");
    const diff = diffLines(expected, actual);
    results.push({ name, status: diff.length === 0 ? "pass" : "fail", diff });
  }
  // A golden left without its scenario means a guardrail test was deleted: that is a change too.
  for (const golden of readdirSync(dir).filter((f) => f.endsWith(".golden.jsonl"))) {
    const name = golden.slice(0, -".golden.jsonl".length);
    if (!files.includes(`${name}.json`)) results.push({ name, status: "fail", diff: [`  golden ${golden} has no scenario ${name}.json`] });
  }
  return results;
}
