import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newFindings, readBaseline } from "../../src/baseline/baseline.js";
import type { Finding } from "../../src/core/types.js";
import { ConfigError } from "../../src/errors/config-error.js";

const finding = (file: string, line: number, message = "m"): Finding => ({
  ruleId: "permissions/unguarded-shell",
  pillar: "permissions",
  severity: "error",
  message,
  file,
  line,
  recommendation: "r",
});

describe("baseline", () => {
  it("suppresses findings already in the baseline even when their line moved, one for one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pl-baseline-"));
    const path = join(dir, "baseline.json");
    writeFileSync(path, JSON.stringify({ findings: [finding("a.ts", 3)] }));
    const base = await readBaseline(path);
    const fresh = newFindings([finding("a.ts", 9), finding("a.ts", 12), finding("b.ts", 1)], base);
    expect(fresh.map((f) => `${f.file}:${f.line}`)).toEqual(["a.ts:12", "b.ts:1"]);
  });

  it("rejects a file that is not a report", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pl-baseline-"));
    const path = join(dir, "bad.json");
    writeFileSync(path, "{\"nope\": 1}");
    await expect(readBaseline(path)).rejects.toBeInstanceOf(ConfigError);
    await expect(readBaseline(join(dir, "missing.json"))).rejects.toBeInstanceOf(ConfigError);
  });
});
