import { describe, expect, it } from "vitest";
import { loadTarget } from "../../src/loader/load.js";
import { tempTree } from "./temp-tree.js";

const paths = async (root: string, ignore: string[] = []) => (await loadTarget(root, { ignore })).files.map((f) => f.path);

describe("loader ignore files", () => {
  it("honours the root .gitignore for files and folders", async () => {
    const root = await tempTree({
      ".gitignore": "# build\n/generated-api/\n*.local.ts\ntmp\n",
      "src/index.ts": "export {};",
      "src/settings.local.ts": "export {};",
      "generated-api/client.ts": "export {};",
      "src/generated-api/kept.ts": "export {};",
      "tmp/scratch.ts": "export {};",
      "src/tmp/scratch.ts": "export {};",
    });
    expect(await paths(root)).toEqual(["src/generated-api/kept.ts", "src/index.ts"]);
  });

  it("applies nested .gitignore files relative to their folder, deeper rules winning", async () => {
    const root = await tempTree({
      ".gitignore": "*.gen.ts\n",
      "index.ts": "export {};",
      "packages/a/.gitignore": "/fixtures\n!keep.gen.ts\n",
      "packages/a/fixtures/f.ts": "export {};",
      "packages/a/src/fixtures/f.ts": "export {};",
      "packages/a/keep.gen.ts": "export {};",
      "packages/a/drop.gen.ts": "export {};",
      "packages/b/drop.gen.ts": "export {};",
      "packages/b/keep.gen.ts": "export {};",
    });
    expect(await paths(root)).toEqual(["index.ts", "packages/a/keep.gen.ts", "packages/a/src/fixtures/f.ts"]);
  });

  it("cannot re-include a file inside an ignored folder, as in git", async () => {
    const root = await tempTree({ ".gitignore": "logs/\n!logs/keep.ts\n", "logs/keep.ts": "export {};", "a.ts": "export {};" });
    expect(await paths(root)).toEqual(["a.ts"]);
  });

  it("applies the config's ignore globs from the root", async () => {
    const root = await tempTree({
      "src/index.ts": "export {};",
      "src/legacy/old.ts": "export {};",
      "examples/demo.ts": "export {};",
      "scripts/x.test.ts": "export {};",
    });
    expect(await paths(root, ["examples/", "src/legacy/**", "*.test.ts"])).toEqual(["src/index.ts"]);
  });

  it("does not let an ignore file hide Markdown agent definitions it does not name", async () => {
    const root = await tempTree({
      ".gitignore": ".env\n*.log\n",
      ".claude/agents/explore.md": "---\nname: explore\n---\n",
      "a.ts": "export {};",
    });
    expect(await paths(root)).toEqual([".claude/agents/explore.md", "a.ts"]);
  });
});
