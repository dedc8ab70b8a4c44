import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach } from "vitest";

/** A file tree for a loader test: path to text or raw bytes. */
export type Tree = Readonly<Record<string, string | Uint8Array>>;

const made: string[] = [];

afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Writes a tree under a fresh temp directory, removed after the test; returns the directory. */
export async function tempTree(tree: Tree): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "plumbline-loader-"));
  made.push(root);
  for (const [rel, content] of Object.entries(tree)) {
    const abs = join(root, rel);
    await mkdir(dirname(abs), { recursive: true });
    await writeFile(abs, content);
  }
  return root;
}

/** Whether this process ignores file permissions (root does), so chmod 000 cannot make a file unreadable. */
export const RUNNING_AS_ROOT = typeof process.getuid === "function" && process.getuid() === 0;
