import { readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LoadedFile } from "../../src/loader/types.js";
import { makeBatches } from "../../src/engine/batches.js";
import { REPO, runCli } from "../e2e/cli.js";

// The worker threads run compiled code, so this file drives the build in dist/ (`npm test` builds first).
const dist = (path: string): string => join(REPO, "dist", path);
const { audit } = (await import(dist("audit.js"))) as typeof import("../../src/audit.js");
const { runAnalyzersParallel } = (await import(dist("engine/batches.js"))) as typeof import("../../src/engine/batches.js");
const { runAnalyzers } = (await import(dist("engine/walk.js"))) as typeof import("../../src/engine/walk.js");
const { FactStore } = (await import(dist("engine/fact-store.js"))) as typeof import("../../src/engine/fact-store.js");
const { ALL_ANALYZERS } = (await import(dist("analyzers/index.js"))) as typeof import("../../src/analyzers/index.js");
const { loadTarget } = (await import(dist("loader/load.js"))) as typeof import("../../src/loader/load.js");

const REPOS = join(REPO, "fixtures/repos");

function withoutTiming(report: object): object {
  const { timing: _timing, ...rest } = report as { timing: unknown };
  return rest;
}

describe("parallel analysis", () => {
  it("splits files into contiguous, non-empty batches that keep every file in order", () => {
    const file = (n: number): LoadedFile => ({ path: `f${n}.ts`, absPath: `/f${n}.ts`, role: "source", text: "x".repeat(n % 50), lines: 1 });
    fc.assert(
      fc.property(fc.array(fc.nat(200), { maxLength: 60 }), fc.integer({ min: 1, max: 500 }), (sizes, bytes) => {
        const files = sizes.map(file);
        const batches = makeBatches(files, bytes);
        expect(batches.flat()).toEqual(files);
        expect(batches.every((b) => b.length > 0)).toBe(true);
      }),
    );
  });

  it.each(readdirSync(REPOS))("gives %s the same report with 1 and 3 threads", async (name) => {
    const root = join(REPOS, name);
    const one = await audit(root, { jobs: 1 });
    const three = await audit(root, { jobs: 3 });
    expect(withoutTiming(three)).toEqual(withoutTiming(one));
  });

  it("merges facts in file order whatever batch size and thread count", async () => {
    const loaded = await loadTarget(join(REPO, "src"));
    const serial = new FactStore();
    runAnalyzers(loaded.files, ALL_ANALYZERS, serial, []);
    for (const [helpers, bytes] of [
      [1, 1],
      [2, 4096],
      [3, 50_000],
    ] as const) {
      const parallel = new FactStore();
      const diagnostics: never[] = [];
      await runAnalyzersParallel(loaded.files, ALL_ANALYZERS, parallel, diagnostics, helpers, bytes);
      for (const analyzer of ALL_ANALYZERS) expect(parallel.facts(analyzer), `${analyzer.name}, ${helpers} helpers`).toEqual(serial.facts(analyzer));
    }
  });

  it("accepts --jobs on the command line and refuses a bad value", async () => {
    const ok = await runCli(["audit", "fixtures/repos/mcp-server", "--format", "json", "--jobs", "2"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).score.pillars.registry.status).toBeDefined();
    const bad = await runCli(["audit", "fixtures/repos/mcp-server", "--jobs", "0"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--jobs must be auto or an integer/);
    expect(bad.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});
