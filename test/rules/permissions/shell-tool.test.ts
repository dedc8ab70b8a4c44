import rule from "../../../src/rules/permissions/shell-tool.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    {
      name: "a read-only file tool and a fixed git call",
      files: {
        "src/tools.ts": `import { execFileSync } from "node:child_process";
export const readFile = { name: "read_file", description: "Read", parameters: { type: "object" }, execute: async ({ path }: { path: string }) => execFileSync("cat", [path]).toString() };
export const rev = () => execFileSync("git", ["rev-parse", "HEAD"]).toString();
`,
      },
    },
  ],
  invalid: [
    {
      name: "a tool named bash and one whose command reaches exec",
      files: {
        "src/tools.ts": `import { exec } from "node:child_process";
export const bash = { name: "bash", description: "Run bash", parameters: { type: "object" } }; // expect: permissions/shell-tool
export const runner = {
  name: "task_runner",
  description: "Run a task script",
  parameters: { type: "object" },
  execute: async ({ script }: { script: string }) => exec(\`npm run \${script}\`), // expect: permissions/shell-tool
};
`,
      },
    },
  ],
});
