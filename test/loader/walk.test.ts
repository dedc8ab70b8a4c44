import { describe, expect, it } from "vitest";
import { loadTarget } from "../../src/loader/load.js";
import { tempTree } from "./temp-tree.js";

const paths = async (root: string) => (await loadTarget(root)).files.map((f) => `${f.role}:${f.path}`);

describe("loader walk", () => {
  it("reads every script extension and skips other files and declarations", async () => {
    const root = await tempTree({
      "a.ts": "export const a = 1;",
      "b.tsx": "export const B = () => <div />;",
      "c.mts": "export {};",
      "d.cts": "export {};",
      "e.js": "module.exports = {};",
      "f.jsx": "export default () => null;",
      "g.mjs": "export {};",
      "h.cjs": "module.exports = 1;",
      "types.d.ts": "declare const x: number;",
      "types.d.mts": "export {};",
      "README.md": "# readme",
      "data.json": "{}",
      "style.css": "a {}",
    });
    expect(await paths(root)).toEqual(["a.ts", "b.tsx", "c.mts", "d.cts", "e.js", "f.jsx", "g.mjs", "h.cjs"].map((p) => `source:${p}`));
  });

  it("skips dependencies, build output, vendored code and .git but not other dot-folders", async () => {
    const skipped = ["node_modules", "dist", "build", "Build", "Dist", "out", ".next", ".turbo", "coverage", ".output", "vendor", "third_party", "bower_components", ".git"];
    const tree: Record<string, string> = {
      "src/index.ts": "export {};",
      ".claude/agents/reviewer.md": "---\nname: reviewer\ntools: Read\n---\nReview.",
      ".agents/planner.md": "---\nname: planner\n---\nPlan.",
      ".github/scripts/release.mjs": "export {};",
      "packages/core/node_modules/dep/index.js": "module.exports = 1;",
    };
    for (const dir of skipped) tree[`${dir}/x.js`] = "module.exports = 1;";
    const root = await tempTree(tree);
    expect(await paths(root)).toEqual([
      "markdown:.agents/planner.md",
      "markdown:.claude/agents/reviewer.md",
      "source:.github/scripts/release.mjs",
      "source:src/index.ts",
    ]);
  });

  it("classifies tests apart from sources", async () => {
    const root = await tempTree({
      "src/policy.ts": "export const deny = true;",
      "src/policy.test.ts": "import { deny } from './policy';",
      "src/__tests__/budget.ts": "export {};",
      "test/e2e.spec.js": "export {};",
      "tests/helpers.ts": "export {};",
      "core/llm/Anthropic.vitest.ts": "export {};",
      "core/llm/OpenAI.jest.ts": "export {};",
      "test-smart-agent.js": "export {};",
    });
    expect(await paths(root)).toEqual([
      "test:core/llm/Anthropic.vitest.ts",
      "test:core/llm/OpenAI.jest.ts",
      "test:src/__tests__/budget.ts",
      "test:src/policy.test.ts",
      "source:src/policy.ts",
      "test:test-smart-agent.js",
      "test:test/e2e.spec.js",
      "test:tests/helpers.ts",
    ]);
  });

  it("returns files in a stable sorted order with forward-slash relative paths and line counts", async () => {
    const root = await tempTree({ "z/b.ts": "a\nb\nc\n", "a.ts": "one line", "m/n/o.ts": "" });
    const result = await loadTarget(root);
    expect(result.files.map((f) => [f.path, f.lines])).toEqual([
      ["a.ts", 1],
      ["m/n/o.ts", 0],
      ["z/b.ts", 3],
    ]);
    expect(result.files.every((f) => f.absPath.startsWith(result.root))).toBe(true);
  });

  it("collects package.json manifests, tolerating broken ones", async () => {
    const root = await tempTree({
      "package.json": JSON.stringify({ name: "app", dependencies: { ai: "^5" }, devDependencies: { vitest: "^4" } }),
      "packages/x/package.json": "{ broken",
      "node_modules/dep/package.json": JSON.stringify({ name: "dep" }),
      "index.ts": "export {};",
    });
    const { manifests } = await loadTarget(root);
    expect(manifests).toEqual([
      { path: "package.json", name: "app", dependencies: ["ai", "vitest"] },
      { path: "packages/x/package.json", dependencies: [] },
    ]);
  });

  it("survives deep nesting and odd file names", async () => {
    const deep = Array.from({ length: 60 }, (_, i) => `d${i}`).join("/");
    const root = await tempTree({ [`${deep}/leaf.ts`]: "export {};", "we ird #[1]!.ts": "export {};", "ünï cödé.ts": "export {};", "back\\slash.ts": "export {};" });
    const files = (await loadTarget(root)).files.map((f) => f.path);
    expect(files).toContain(`${deep}/leaf.ts`);
    expect(files).toEqual(expect.arrayContaining(["we ird #[1]!.ts", "ünï cödé.ts", "back\\slash.ts"]));
  });
});
