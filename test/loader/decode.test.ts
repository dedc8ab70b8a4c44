import { describe, expect, it } from "vitest";
import { loadTarget } from "../../src/loader/load.js";
import { tempTree } from "./temp-tree.js";

const BOM = "\uFEFF";

describe("loader decoding", () => {
  it("refuses binary files and invalid UTF-8 with a diagnostic and goes on", async () => {
    // A PNG header and IHDR chunk: bytes a binary asset is made of, NULs included.
    const binary = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0x10, 0, 0, 0, 0x10, 8, 6, 0, 0, 0]);
    const latin1 = Uint8Array.from([0x2f, 0x2f, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]); // "// café" in Latin-1
    const root = await tempTree({ "asset.js": binary, "legacy.ts": latin1, "ok.ts": "export {};" });
    const result = await loadTarget(root);
    expect(result.files.map((f) => f.path)).toEqual(["ok.ts"]);
    expect(result.diagnostics).toEqual([
      { file: "asset.js", message: "skipped: binary file (contains NUL bytes)" },
      { file: "legacy.ts", message: "skipped: not valid UTF-8" },
    ]);
  });

  it("keeps a source file holding one literal NUL in a string", async () => {
    const text = `export function signature(parts: string[]): string {\n  return parts.join("\u0000");\n}\n`;
    const root = await tempTree({ "tool-signature.ts": text });
    expect((await loadTarget(root)).files.map((f) => f.text)).toEqual([text]);
  });

  it("strips a byte-order mark, including one before a shebang", async () => {
    const root = await tempTree({ "a.ts": `${BOM}export const a = 1;\n`, "cli.mjs": `${BOM}#!/usr/bin/env node\nconsole.log(1);\n` });
    const texts = (await loadTarget(root)).files.map((f) => f.text);
    expect(texts).toEqual(["export const a = 1;\n", "#!/usr/bin/env node\nconsole.log(1);\n"]);
  });

  it("reads multi-byte UTF-8 intact", async () => {
    const text = "export const greeting = 'こんにちは 👋 café';\n";
    const root = await tempTree({ "i18n.ts": text });
    expect((await loadTarget(root)).files[0]?.text).toBe(text);
  });
});
