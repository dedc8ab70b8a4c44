import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTarget } from "../../src/loader/load.js";
import { tempTree } from "./temp-tree.js";

describe("loader symlinks", () => {
  it("never follows a symlink out of the root, and says so", async () => {
    const outside = await tempTree({ "secret.ts": "export const key = 'outside';", "lib/x.ts": "export {};" });
    const root = await tempTree({ "src/index.ts": "export {};" });
    await symlink(join(outside, "secret.ts"), join(root, "src/secret.ts"));
    await symlink(join(outside, "lib"), join(root, "lib"));
    const result = await loadTarget(root);
    expect(result.files.map((f) => f.path)).toEqual(["src/index.ts"]);
    expect(result.diagnostics).toEqual([
      { file: "lib", message: "skipped symlink: it points outside the audited root" },
      { file: "src/secret.ts", message: "skipped symlink: it points outside the audited root" },
    ]);
  });

  it("survives symlink loops and self-links", async () => {
    const root = await tempTree({ "a/index.ts": "export {};" });
    await symlink(root, join(root, "a/root-again"));
    await symlink(".", join(root, "a/self"));
    await symlink(join(root, "loop2.ts"), join(root, "loop1.ts"));
    await symlink(join(root, "loop1.ts"), join(root, "loop2.ts"));
    const result = await loadTarget(root);
    expect(result.files.map((f) => f.path)).toEqual(["a/index.ts"]);
    expect(result.diagnostics.map((d) => d.file).sort()).toEqual(["loop1.ts", "loop2.ts"]);
    expect(result.diagnostics[0]?.message).toBe("skipped symlink: symlink loop");
  });

  it("reads a file linked from inside the root once, at its real place", async () => {
    const root = await tempTree({ "packages/ai/index.ts": "export {};", ".claude/placeholder.txt": "" });
    await symlink("../packages/ai/index.ts", join(root, ".claude/index.ts"));
    await symlink("../packages", join(root, ".claude/packages"));
    const result = await loadTarget(root);
    expect(result.files.map((f) => f.path)).toEqual(["packages/ai/index.ts"]);
    expect(result.diagnostics).toEqual([]);
  });

  it("reports a broken symlink named like a script, and ignores other broken links", async () => {
    const root = await tempTree({ "index.ts": "export {};" });
    await symlink(join(root, "missing.ts"), join(root, "dangling.ts"));
    await symlink(join(root, "missing.txt"), join(root, "notes.txt"));
    const result = await loadTarget(root);
    expect(result.diagnostics).toEqual([{ file: "dangling.ts", message: "skipped symlink: no such file or directory" }]);
  });

  it("accepts a root that is itself a symlink, reporting paths relative to it", async () => {
    const real = await tempTree({ "src/a.ts": "export {};" });
    const holder = await tempTree({});
    await mkdir(join(holder, "links"));
    await symlink(real, join(holder, "links/repo"));
    await writeFile(join(holder, "links/other.ts"), "export {};");
    const result = await loadTarget(join(holder, "links/repo"));
    expect(result.files.map((f) => f.path)).toEqual(["src/a.ts"]);
  });
});
