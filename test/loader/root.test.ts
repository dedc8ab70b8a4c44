import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { PILLAR_KEYS } from "../../src/core/pillars.js";
import { TargetError } from "../../src/errors/target-error.js";
import { loadTarget } from "../../src/loader/load.js";
import { tempTree } from "./temp-tree.js";

describe("loader root checks", () => {
  it("refuses a missing root", async () => {
    const parent = await tempTree({});
    await expect(loadTarget(join(parent, "nope"))).rejects.toThrow(new TargetError(`target not found: ${join(parent, "nope")}`));
  });

  it("refuses a file given as the root", async () => {
    const root = await tempTree({ "a.ts": "export {};" });
    await expect(loadTarget(join(root, "a.ts"))).rejects.toThrow(/target is not a directory/);
  });

  it("loads an empty tree with a diagnostic instead of throwing", async () => {
    const root = await tempTree({});
    const result = await loadTarget(root);
    expect(result.files).toEqual([]);
    expect(result.diagnostics).toEqual([{ file: ".", message: "no JavaScript or TypeScript files found" }]);
  });

  it("audit() of a tree with no sources still reports all seven pillars", async () => {
    const root = await tempTree({ "README.md": "# docs only", ".claude/agents/a.md": "---\nname: a\n---\n" });
    const report = await audit(root);
    expect(Object.keys(report.score.pillars).sort()).toEqual([...PILLAR_KEYS].sort());
    expect(report.target.files).toBe(0);
    expect(report.diagnostics).toContainEqual({ file: ".", message: "no JavaScript or TypeScript files found" });
  });
});
