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
    {
      name: "a limit on a run of something that is not an agent",
      files: { "src/job.ts": `import { run } from "./queue";\nawait run(job, { maxSteps: 3 });\n` },
    },
    {
      name: "an agent run without a limit, and a limited agent run in an example",
      files: {
        "src/main.ts": `import { run } from "@openai/agents";\nimport { triageAgent } from "./agents";\nawait run(triageAgent, "hi");\n`,
        "examples/main.ts": `import { run } from "@openai/agents";\nimport { triageAgent } from "./agents";\nawait run(triageAgent, "hi", { maxTurns: 5 });\n`,
      },
    },
  ],
  invalid: [
    {
      name: "a role table with per-role turn and token shares",
      files: {
        "src/roles.ts": `export const ROLES = {
  explore: { name: "explore", tools: ["read_file", "search"], turnShare: 0.5, tokenShare: 0.25, instructions: "Explore read-only." }, // expect: agents/agent-turn-limits
  verify: { name: "verify", tools: ["read_file", "shell"], turnShare: 0.5, tokenShare: 0.25, instructions: "Run the checks." }, // expect: agents/agent-turn-limits
};
`,
      },
    },
    {
      name: "a named agent run with maxTurns (OpenAI Agents SDK) and an agent.generate with maxSteps (Mastra)",
      files: {
        "src/main.ts": `import { run } from "@openai/agents";
import { triageAgent } from "./agents";
const result = await run(triageAgent, question, { maxTurns: 10 }); // expect: agents/agent-turn-limits
`,
        "src/review.ts": `import { reviewAgent } from "./agents";
export async function review(diff: string) {
  return reviewAgent.generate(diff, { maxSteps: 4 }); // expect: agents/agent-turn-limits
}
`,
      },
    },
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
