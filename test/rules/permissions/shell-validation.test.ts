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
    {
      name: "loading other modules at run time and naming non-command functions is not shell analysis",
      files: {
        "src/tools.ts": tool,
        "src/load.ts": `import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const yaml = require("yaml");
export const pkg = createRequire(import.meta.url)("./package.json");
export async function loadGrammar() { return import("tree-sitter-python"); }
export function classifyIntent(text: string) { return yaml.parse(text); }
export function checkCommandPalette(keys: string[]) { return keys.length > 0; }
`,
      },
    },
    {
      name: "a deny list only quoted to the model in the tool description gates nothing",
      files: {
        "src/tools.ts": tool,
        "src/bash.ts": `const BANNED_COMMANDS = ["curl", "wget", "nc"];
const DESCRIPTION = \`Runs a command. Never use: \${BANNED_COMMANDS.join(", ")}\`;
export const bash = { name: "bash", description: DESCRIPTION };
`,
      },
    },
  ],
  invalid: [
    {
      name: "a deny list the handler consults",
      files: {
        "src/tools.ts": tool,
        "src/bash.ts": `const BANNED_COMMANDS = ["curl", "wget", "nc"]; // expect: permissions/shell-validation
export function banned(command: string): boolean {
  return BANNED_COMMANDS.some((word) => command.split(/\\s+/)[0] === word);
}
`,
      },
    },
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
    {
      name: "shell parser loaded with createRequire, require and dynamic import; classify and analyze functions",
      files: {
        "src/tools.ts": tool,
        "src/shell/sh-node.ts": `import { createRequire } from "node:module";
let api: unknown;
export function syntax(): unknown {
  api ??= createRequire(import.meta.url)("mvdan-sh"); // expect: permissions/shell-validation
  return api;
}
`,
        "src/shell/quote.cjs.ts": `const { parse } = require("shell-quote"); // expect: permissions/shell-validation
export const words = (command: string) => parse(command);
`,
        "src/shell/ts-bash.ts": `export async function bashLanguage() {
  const mod = await import("tree-sitter-bash"); // expect: permissions/shell-validation
  return mod.default;
}
`,
        "src/shell/classify.ts": `export function classifyCommand(command: string): "allow" | "ask" | "deny" { // expect: permissions/shell-validation
  return command.trim() === "" ? "deny" : "ask";
}
export function analyzeShellCommand(command: string): string[] { // expect: permissions/shell-validation
  return command.split(" ");
}
`,
      },
    },
  ],
});
