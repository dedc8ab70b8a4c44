import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { Finding } from "../core/types.js";
import { ConfigError } from "../errors/config-error.js";

const baselineSchema = z.object({
  findings: z.array(z.object({ ruleId: z.string(), file: z.string(), message: z.string() }).passthrough()),
});

/** A finding's identity across runs: rule, file and message, not the line (lines move). */
export function fingerprint(f: Pick<Finding, "ruleId" | "file" | "message">): string {
  return `${f.ruleId}\u0000${f.file}\u0000${f.message}`;
}

/** Reads a baseline (an earlier JSON report) and returns its finding fingerprints, with counts. */
export async function readBaseline(path: string): Promise<Map<string, number>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new ConfigError(`cannot read baseline ${path}: ${(error as Error).message}`);
  }
  const parsed = baselineSchema.safeParse(json);
  if (!parsed.success) throw new ConfigError(`baseline ${path} is not a plumbline JSON report`);
  const counts = new Map<string, number>();
  for (const f of parsed.data.findings) counts.set(fingerprint(f), (counts.get(fingerprint(f)) ?? 0) + 1);
  return counts;
}

/** Findings not covered by the baseline (each baseline entry covers one finding). */
export function newFindings(findings: readonly Finding[], baseline: ReadonlyMap<string, number>): Finding[] {
  const left = new Map(baseline);
  const out: Finding[] = [];
  for (const f of findings) {
    const key = fingerprint(f);
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    else out.push(f);
  }
  return out;
}
