import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importsMayName, testFiles } from "../../../src/analyzers/observe/test-files.js";
import { FactStore } from "../../../src/engine/fact-store.js";
import { runAnalyzers } from "../../../src/engine/walk.js";
import type { LoadedFile } from "../../../src/loader/types.js";

const GUARD = /permission|polic(?:y|ies)|sandbox|budget|limit/i;

/** The analyzer as written, and a copy that always parses: the prefilter must not change a single fact. */
function factsOf(text: string, path = "test/x.test.ts"): { skipped: unknown[]; parsed: unknown[] } {
  const file: LoadedFile = { path, absPath: `/mem/${path}`, role: "test", text, lines: text.split("\n").length };
  const always = { ...testFiles, needsTree: () => true };
  const a = new FactStore();
  const b = new FactStore();
  runAnalyzers([file], [testFiles], a, []);
  runAnalyzers([file], [always], b, []);
  return { skipped: [...a.facts(testFiles)], parsed: [...b.facts(always)] };
}

describe("importsMayName", () => {
  it.each([
    [`import { decide } from "../src/permissions.js";`, true],
    [`import type { Policy } from "./engine";`, true],
    [`import {\n  add,\n  checkBudget,\n} from "../src/math.js";`, true],
    [`import "./sandbox-setup";`, true],
    [`import { add /* limit */ } from "./math";`, true],
    [`import { add } from "./math";\nconst limit = 3;`, false],
    [`import { expect, it } from "vitest";\nit("permission", () => {});`, false],
  ])("%j -> %s", (text, want) => expect(importsMayName(text, GUARD)).toBe(want));
});

const fragments = [
  `import { expect, it } from "vitest";\n`,
  `import { decide } from "../src/permissions.js";\n`,
  `import {\n  evaluate,\n  Budget,\n} from "../src/loop";\n`,
  `import * as sandbox from "@/sandbox";\n`,
  `import "./setup";\n`,
  `import { add /* policy */ } from "./math";\n`,
  `it("denies", () => expect(decide("rm -rf /")).toBe("deny"));\n`,
  `it("throws", () => expect(() => run()).toThrow());\n`,
  `it("ok", () => expect(add(1, 2)).toBe(3));\n`,
  `const limit = 3; // a word in code, not an import\n`,
  `test("x", () => { t.false(isAllowed("curl x | sh")); });\n`,
  `const s = "import { policy } from 'x'";\n`,
  `export { x } from "./limits";\n`,
  `it("should block dangerous command", async () => { expect((await tool.run("rm -rf /")).ok).toBe(false); });\n`,
  `test(\`rejects \${cmd}\`, () => expect(result.code).toBe("DANGEROUS_COMMAND"));\n`,
  `/* it("blocks") */ it("works", () => {});\n`,
  `const t = "it('denies x')";\n`,
];

describe("test-files prefilter", () => {
  it("gives the same facts as parsing every test file", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 8 }), fc.constantFrom("test/a.test.ts", "test/limits.test.ts"), (parts, path) => {
        const { skipped, parsed } = factsOf(parts.join(""), path);
        expect(skipped).toEqual(parsed);
      }),
      { numRuns: 300 },
    );
  });
});
