import rule from "../../../src/rules/permissions/shell-validation.js";
import { ruleTester } from "../../support/rule-tester.js";

const tool = `export const t = { name: "bash", description: "Run a command", parameters: { type: "object" } };\n`;

ruleTester(rule, {
  valid: [
    {
      name: "markdown and date regexes are not shell checks",
      files: {
        "src/tools.ts": tool,
        "src/md.ts": `export const fence = /^ *(\`{3,}|~{3,}) *(\\w*?) *$/;
export const date = /^\\d{4}-\\d{2}-\\d{2}$/;
export function redirectToAuthorization(url: string) { return url; }
export function isExitCommand(s: string) { return s === "exit"; }
`,
      },
    },
  ],
  invalid: [
    {
      name: "tree-sitter parsing, substitution detection, an allow list and a deny list",
      files: {
        "src/tools.ts": tool,
        "src/shell-utils.ts": `import Parser from "web-tree-sitter"; // expect: permissions/shell-validation
export const SAFE_COMMANDS = new Set(["ls", "cat", "git"]); // expect: permissions/shell-validation
export function detectCommandSubstitution(command: string): boolean { // expect: permissions/shell-validation
  return /\\$\\(|\`/.test(command); // expect: permissions/shell-validation
}
export function splitCommands(command: string): string[] { // expect: permissions/shell-validation
  return command.split(/&&|\\|\\||;/);
}
const dangerousPatterns = [/rm\\s+-rf\\s+\\//, /mkfs/]; // expect: permissions/shell-validation
`,
      },
    },
  ],
});
