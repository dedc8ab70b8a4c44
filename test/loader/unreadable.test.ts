import { chmod } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TargetError } from "../../src/errors/target-error.js";
import { RUNNING_AS_ROOT, tempTree } from "./temp-tree.js";

// Root reads through chmod 000, so these tests also inject EACCES from the file system, which
// runs the same code paths as a real permission error whoever runs the suite.
const denied = new Set<string>();
const eacces = (path: string) => Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: "EACCES" });

vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  const readdir: typeof real.readdir = async (path: unknown, ...rest: unknown[]) => {
    if (denied.has(String(path))) throw eacces(String(path));
    return Reflect.apply(real.readdir, real, [path, ...rest]);
  };
  return { ...real, readdir };
});

vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  const openSync: typeof real.openSync = (path, ...rest) => {
    if (denied.has(String(path))) throw eacces(String(path));
    return real.openSync(path, ...rest);
  };
  return { ...real, openSync };
});

const { loadTarget } = await import("../../src/loader/load.js");

afterEach(() => denied.clear());

describe("loader with unreadable entries", () => {
  it("turns an unreadable file into a diagnostic and goes on", async () => {
    const root = await tempTree({ "a.ts": "export {};", "locked.ts": "export {};", "z.ts": "export {};" });
    denied.add(join(root, "locked.ts"));
    const result = await loadTarget(root);
    expect(result.files.map((f) => f.path)).toEqual(["a.ts", "z.ts"]);
    expect(result.diagnostics).toEqual([{ file: "locked.ts", message: "could not read: permission denied" }]);
  });

  it("turns an unreadable folder into a diagnostic and goes on", async () => {
    const root = await tempTree({ "private/key.ts": "export {};", "src/a.ts": "export {};" });
    denied.add(join(root, "private"));
    const result = await loadTarget(root);
    expect(result.files.map((f) => f.path)).toEqual(["src/a.ts"]);
    expect(result.diagnostics).toEqual([{ file: "private", message: "skipped directory: permission denied" }]);
  });

  it("refuses an unreadable root with a TargetError", async () => {
    const root = await tempTree({ "a.ts": "export {};" });
    denied.add(root);
    await expect(loadTarget(root)).rejects.toThrow(TargetError);
    await expect(loadTarget(root)).rejects.toThrow(/cannot read target directory .*: permission denied/);
  });

  it.skipIf(RUNNING_AS_ROOT)("skips files and folders made unreadable with chmod 000 (skipped as root: root reads through permissions)", async () => {
    const root = await tempTree({ "a.ts": "export {};", "locked.ts": "export {};", "closed/b.ts": "export {};" });
    await chmod(join(root, "locked.ts"), 0o000);
    await chmod(join(root, "closed"), 0o000);
    try {
      const result = await loadTarget(root);
      expect(result.files.map((f) => f.path)).toEqual(["a.ts"]);
      expect(result.diagnostics.map((d) => d.file)).toEqual(["closed", "locked.ts"]);
    } finally {
      // Give the permissions back so the temp tree can be removed.
      await chmod(join(root, "closed"), 0o755);
      await chmod(join(root, "locked.ts"), 0o644);
    }
  });
});
