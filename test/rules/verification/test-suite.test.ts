import rule from "../../../src/rules/verification/test-suite.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "no tests at all", files: { "src/agent.ts": `export const run = () => "ok";\n` } },
    {
      name: "a test helper outside any test folder is source",
      files: { "src/testing-notes.ts": `export const note = "see CONTRIBUTING";\n` },
    },
  ],
  invalid: [
    {
      name: "a vitest file",
      files: {
        "src/agent.ts": `export const run = () => "ok";\n`,
        "test/agent.test.ts": `import { expect, it } from "vitest"; // expect: verification/test-suite
import { run } from "../src/agent.js";
it("runs", () => expect(run()).toBe("ok"));
`,
      },
    },
    {
      name: "an ava spec beside the source",
      files: {
        "source/parser.spec.ts": `import test from "ava"; // expect: verification/test-suite
test("parses", (t) => t.pass());
`,
      },
    },
  ],
});
