import rule from "../../../src/rules/agents/agent-turn-limits.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    {
      name: "roles without limits",
      files: { ".claude/agents/plan.md": `---\nname: plan\ndescription: Plans\ntools: Read, Grep\n---\nPlan.\n` },
    },
    {
      name: "limits only in an example",
      files: { "examples/agents.ts": `export const a = new Agent({ name: "a", instructions: "x", tools: [t], maxTurns: 3 });\ndeclare const Agent: any, t: any;\n` },
    },
  ],
  invalid: [
    {
      name: "maxTurns in a Markdown agent",
      files: {
        ".claude/agents/explore.md": `---
name: explore # expect: agents/agent-turn-limits
description: Explore
tools: [Read, Grep, Glob]
maxTurns: 15
---
Explore the code.
`,
      },
    },
    {
      name: "runConfig limits one level down, and maxSteps on a Mastra agent",
      files: {
        "src/agents/investigator.ts": `export const investigator = { // expect: agents/agent-turn-limits
  name: "investigator",
  promptConfig: { systemPrompt: "Investigate." },
  toolConfig: { tools: ["ls", "read_file"] },
  runConfig: { maxTurns: 50, maxTimeMinutes: 10 },
};
`,
        "src/mastra/agents.ts": `import { Agent } from "@mastra/core/agent";
export const reviewer = new Agent({ // expect: agents/agent-turn-limits
  name: "reviewer",
  instructions: "Review the diff.",
  model: "anthropic/claude-sonnet-4-5",
  tools: { readFile },
  defaultGenerateOptions: { maxSteps: 8 },
});
declare const readFile: unknown;
`,
      },
    },
  ],
});
