import rule from "../../../src/rules/verification/work-checks.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    {
      name: "UI placeholder helpers",
      files: {
        "src/ui/text-buffer.ts": `export function findAtomicPlaceholderForBackspace(text: string, at: number) { return text.lastIndexOf("[", at); }
export function containsPlaceholder(value: string) { return value.includes("<"); }
`,
      },
    },
    {
      name: "a diagnostics tool the model may call, with no write in the same step",
      files: {
        "src/tools/diagnostics.ts": `import { lsp } from "../lsp.js";
export async function diagnosticsTool(input: { path: string }) {
  return lsp.getDiagnostics(input.path);
}
`,
      },
    },
    {
      name: "a reviewer agent only in examples",
      files: { "examples/review/agents.ts": `import { Agent } from "@openai/agents";\nexport const reviewer = new Agent({ name: "reviewer", instructions: "Review.", tools: [] });\n` },
    },
    {
      name: "a regex test in a function that writes a file is not a check of the work",
      files: {
        "src/bundle.ts": `import { writeFile } from "node:fs/promises";
const BUNDLE_NAME = /^[a-z-]+$/;
export async function createBundle(name: string, body: string) {
  if (!BUNDLE_NAME.test(name)) throw new Error("bad name");
  await writeFile(name + ".json", body);
}
`,
      },
    },
    {
      name: "a lint command that neither writes nor runs anything",
      files: {
        "src/cli/lint.ts": `export async function lintCommand(files: string[]) {
  const report = await lintFiles(files);
  return report.errorCount === 0;
}
`,
      },
    },
  ],
  invalid: [
    {
      name: "a reviewer role in an app's role table",
      files: {
        "src/orchestrator.ts": `import { getToolsByCategory, type Tool } from "./tools/index.js";
type AgentRole = "researcher" | "writer" | "reviewer";
export const agentConfigs: Record<AgentRole, { systemPrompt: string; tools: Tool[] }> = {
  researcher: {
    systemPrompt: "You are a Research Agent. Gather information from the web.",
    tools: getToolsByCategory(["web"]),
  },
  writer: {
    systemPrompt: "You are a Writer Agent. Write files in the workspace.",
    tools: getToolsByCategory(["file"]),
  },
  reviewer: { // expect: verification/work-checks
    systemPrompt: "You are a Reviewer Agent. Review the written content.",
    tools: getToolsByCategory(["file", "code"]),
  },
};
`,
      },
    },
    {
      name: "edits rejected for lazy placeholders (gemini-cli style)",
      files: {
        "src/tools/omission.ts": `const PATTERNS = [/\\.\\.\\.\\s*rest of (the )?code/i, /\\/\\/\\s*\\.\\.\\.\\s*existing code/i];
export function detectOmissionPlaceholders(text: string): string[] { // expect: verification/work-checks
  return PATTERNS.filter((p) => p.test(text)).map((p) => p.source);
}
`,
      },
    },
    {
      name: "diagnostics collected right after the edit is written",
      files: {
        "src/tools/edit.ts": `import { writeFile } from "node:fs/promises";
import { lsp } from "../lsp.js";
export async function applyEditAndCheck(path: string, content: string) {
  await writeFile(path, content);
  const problems = await lsp.getDiagnostics(path); // expect: verification/work-checks
  return problems.length === 0 ? "ok" : \`new problems: \${problems.join("\\n")}\`;
}
`,
      },
    },
    {
      name: "a verifier role defined as data",
      files: {
        "src/agents/verifier.ts": `import { Agent } from "@openai/agents";
import { readFile, runTests } from "../tools.js";
export const verifier = new Agent({ // expect: verification/work-checks
  name: "verifier",
  instructions: "Try to break the change. End with VERDICT: PASS or FAIL.",
  tools: [readFile, runTests],
});
`,
      },
    },
    {
      name: "tests run right after the generated code is written (micro-agent style)",
      files: {
        "src/helpers/run.ts": `import { outputFile } from "fs-extra";
export async function runOne(options: Options) {
  const code = await generate(options);
  await outputFile(options.outputFile, code);
  const testResult = await test(options); // expect: verification/work-checks
  return { code, testResult };
}
`,
      },
    },
    {
      name: "the model's code linted in the step that runs it",
      files: {
        "src/tools/runJs.ts": `import { execFileSync } from "node:child_process";
export async function runJs({ code }: { code: string }) {
  const { fixedCode, errorReport } = await lintAndRefactorCode(code); // expect: verification/work-checks
  const out = execFileSync("node", ["-e", fixedCode]).toString();
  return errorReport ? \`\${out}\\n\${errorReport}\` : out;
}
`,
      },
    },
  ],
});
