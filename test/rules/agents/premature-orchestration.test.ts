import rule from "../../../src/rules/agents/premature-orchestration.js";
import { ruleTester } from "../../support/rule-tester.js";

/** A toy orchestrator: three agents run in parallel, no permission check, nothing written to disk. */
const orchestrator = `import Anthropic from "@anthropic-ai/sdk";
const client = new Anthropic();

async function runAgent(role: string, task: string): Promise<string> {
  const res = await client.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 2048,
    system: \`You are the \${role}.\`,
    messages: [{ role: "user", content: task }],
  });
  return res.content.map((b) => (b.type === "text" ? b.text : "")).join("");
}

export async function orchestrate(goal: string) {
  const [research, plan, critique] = await Promise.all([ // expect: agents/premature-orchestration
    runAgent("researcher", goal),
    runAgent("planner", goal),
    runAgent("critic", goal),
  ]);
  return runAgent("writer", [research, plan, critique].join("\\n\\n"));
}
`;

ruleTester(rule, {
  valid: [
    {
      name: "parallel fetches that are not agents",
      files: {
        "src/fetch.ts": `export async function fetchAll(urls: string[]) {
  return Promise.all(urls.map((u) => fetch(u).then((r) => r.text())));
}
`,
      },
    },
    {
      name: "fan-out only in an example",
      files: { "examples/parallel/main.ts": orchestrator.replace(" // expect: agents/premature-orchestration", "") },
    },
    {
      name: "one agent at a time",
      files: {
        "src/agent.ts": orchestrator
          .replace(" // expect: agents/premature-orchestration", "")
          .replace("await Promise.all([", "await Promise.resolve(["),
      },
    },
  ],
  invalid: [
    { name: "three agents in parallel with no permissions or persistence", files: { "src/orchestrator.ts": orchestrator } },
    {
      name: "a triage agent handing off to several agents",
      files: {
        "src/triage.ts": `import { Agent } from "@openai/agents";
import { billing, refunds, support } from "./agents.js";
export const triage = new Agent({
  name: "triage",
  instructions: "Route the customer.",
  handoffs: [billing, refunds, support], // expect: agents/premature-orchestration
});
`,
      },
    },
  ],
});
