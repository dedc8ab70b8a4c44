import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeLoaded, audit } from "../../src/audit.js";
import { classifyPath } from "../../src/loader/classify.js";
import type { LoadedFile } from "../../src/loader/types.js";
import { PILLAR_KEYS } from "../../src/core/pillars.js";
import { reportSchema } from "../../src/report/schema.js";

const SNIPPETS = [
  "export const a = 1;\n",
  "import Anthropic from '@anthropic-ai/sdk';\nconst c = new Anthropic();\nwhile (true) { await c.messages.create({ model: 'x', max_tokens: 1, messages: [] }); }\n",
  "export const tool = { name: 'bash', description: 'run', execute: (i) => require('child_process').execSync(i.command) };\n",
  "switch (call.name) { case 'read_file': return read(call.input); case 'bash': return exec(call.input.command); }\n",
  "function (((( {{{ ]]] => ;;; export default class extends {\n",
  "const x = `unterminated ${ template\n",
  "/* unterminated comment\n",
  "<div>{items.map(i => <Item key={i} {...i} />)}</div>\n",
  "#!/usr/bin/env node\nconsole.log(process.argv)\n",
  "\uFEFF#!/usr/bin/env node\n\uFEFFexport {}\n",
  "---\nname: explore\ntools: [Read, Grep\nmaxTurns: ten\n---\nBroken front matter.\n",
  "---\nname: reviewer\ndescription: reviews\ntools: Read, Grep\nmodel: haiku\n---\nYou review code.\n",
  "// @generated\nexport const big = 1;\n",
  "node_modules/\n!*.ts\n**/dist\n[unclosed\n\\\n",
  "{ \"name\": 42, \"dependencies\": [\"not\", \"an\", \"object\"] }\n",
  "{ \"name\": \"x\", \"dependencies\": { \"ai\": \"^5\", \"@openai/agents\": \"*\" } }\n",
];

const segment = fc.oneof(
  fc.constantFrom("src", "lib", "test", "__tests__", ".claude", "agents", ".agents", "node_modules", "dist", "a b", "ünï", "-dash", "x".repeat(40)),
  fc.stringMatching(/^[a-zA-Z0-9_.\- ]{1,12}$/).filter((s) => s !== "." && s !== ".." && s.trim() === s),
);
const fileName = fc.oneof(
  fc.tuple(fc.stringMatching(/^[a-zA-Z0-9_\- #[\]()!]{1,12}$/), fc.constantFrom(".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", ".d.ts", ".min.js", ".generated.ts", ".test.ts", ".md")).map(([b, e]) => `${b}${e}`),
  fc.constantFrom(".gitignore", "package.json", "plumbline.config.json", "README.md", "index.ts"),
);
const path = fc.tuple(fc.array(segment, { maxLength: 12 }), fileName).map(([dirs, name]) => [...dirs, name].join("/"));

const content: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.constantFrom(...SNIPPETS),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.uint8Array({ maxLength: 400 }),
  fc.array(fc.constantFrom(...SNIPPETS), { maxLength: 6 }).map((parts) => parts.join("")),
  fc.tuple(fc.constantFrom(...SNIPPETS), fc.integer({ min: 10_000, max: 200_000 })).map(([s, n]) => `export const huge = "${"y".repeat(n)}";\n${s}`),
  fc.integer({ min: 50, max: 400 }).map((depth) => `${"(".repeat(depth)}1${")".repeat(depth)};\n${"{".repeat(depth)}`),
  fc.constantFrom(...SNIPPETS).map((s) => `\uFEFF${s}`),
);

const tree = fc.uniqueArray(fc.tuple(path, content), { minLength: 0, maxLength: 8, selector: ([p]) => p.toLowerCase() });

async function writeTree(entries: ReadonlyArray<readonly [string, string | Uint8Array]>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "plumbline-prop-"));
  for (const [rel, text] of entries) {
    const abs = join(root, rel);
    try {
      await mkdir(dirname(abs), { recursive: true });
      await writeFile(abs, text);
    } catch {
      // A generated path can collide with a folder of another path (a/b and a/b/c); skip it.
    }
  }
  return root;
}

describe("audit() never throws", () => {
  it("returns all seven pillars with valid statuses for arbitrary file trees", async () => {
    await fc.assert(
      fc.asyncProperty(tree, async (entries) => {
        const root = await writeTree(entries);
        try {
          const report = await audit(root);
          expect(Object.keys(report.score.pillars).sort()).toEqual([...PILLAR_KEYS].sort());
          for (const key of PILLAR_KEYS) expect(["present", "partial", "absent"]).toContain(report.score.pillars[key].status);
          expect(reportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
        } finally {
          await rm(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 40, endOnFailure: true },
    );
  });
});

describe("the analysis pipeline never throws", () => {
  const text = fc.oneof(
    fc.constantFrom(...SNIPPETS),
    fc.string({ maxLength: 400 }),
    fc.array(fc.constantFrom(...SNIPPETS, "{", "}", "(", ")", "=>", "async ", "await ", "yield* ", "class ", "<T,>", "as const", "?.", "!", "`${", "'"), { maxLength: 40 }).map((p) => p.join(" ")),
  );
  const files = fc.uniqueArray(fc.tuple(path, text), { maxLength: 10, selector: ([p]) => p });

  it("scores arbitrary in-memory sources (no disk) with all seven pillars", () => {
    fc.assert(
      fc.property(files, (entries) => {
        const loaded: LoadedFile[] = [];
        for (const [rel, t] of entries) {
          const role = classifyPath(rel);
          if (role) loaded.push({ path: rel, absPath: `/mem/${rel}`, role, text: t, lines: t.split("\n").length });
        }
        const report = analyzeLoaded({ root: "/mem", files: loaded, manifests: [], diagnostics: [] }, {});
        expect(Object.keys(report.score.pillars).sort()).toEqual([...PILLAR_KEYS].sort());
        expect(reportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
