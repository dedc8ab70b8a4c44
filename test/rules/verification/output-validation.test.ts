import rule from "../../../src/rules/verification/output-validation.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    {
      name: "free text from generateText, no schema",
      files: {
        "src/answer.ts": `import { generateText } from "ai";
export async function answer(model: any, prompt: string) {
  const { text } = await generateText({ model, prompt });
  return text;
}
`,
      },
    },
    {
      name: "an agent with an empty output guardrail list",
      files: { "src/agent.ts": `import { Agent } from "@openai/agents";\nexport const a = new Agent({ name: "a", instructions: "x", outputGuardrails: [] });\n` },
    },
    {
      name: "structured output only in examples",
      files: {
        "examples/structured.ts": `import { generateObject } from "ai";
import { z } from "zod";
export const r = generateObject({ model: "m", schema: z.object({ a: z.string() }), prompt: "p" });
`,
      },
    },
    {
      name: "parsing a tool's input schema is not a check of the agent's output",
      files: {
        "src/tools/run.ts": `export function runTool(tool: Tool, args: unknown) {
  const input = tool.inputSchema.parse(args);
  return tool.execute(input);
}
`,
      },
    },
  ],
  invalid: [
    {
      name: "generateObject with a schema (Vercel AI SDK)",
      files: {
        "src/plan.ts": `import { generateObject } from "ai";
import { z } from "zod";
const Plan = z.object({ steps: z.array(z.string()) });
export async function plan(model: any, goal: string) {
  const { object } = await generateObject({ model, schema: Plan, prompt: goal }); // expect: verification/output-validation
  return object;
}
`,
      },
    },
    {
      name: "an Agent with outputType and output guardrails (openai-agents)",
      files: {
        "src/agents/report.ts": `import { Agent } from "@openai/agents";
import { ReportSchema, noSecrets } from "./schema.js";
export const reporter = new Agent({
  name: "reporter",
  instructions: "Write the report.",
  outputType: ReportSchema, // expect: verification/output-validation
  outputGuardrails: [noSecrets], // expect: verification/output-validation
});
`,
      },
    },
    {
      name: "response_format json_schema and withStructuredOutput",
      files: {
        "src/extract.ts": `import OpenAI from "openai";
const client = new OpenAI();
export async function extract(text: string, schema: object) {
  return client.chat.completions.create({
    model: "gpt-4.1",
    messages: [{ role: "user", content: text }],
    response_format: { type: "json_schema", json_schema: { name: "out", schema } }, // expect: verification/output-validation
  });
}
export function structured(model: { withStructuredOutput(s: unknown): unknown }, s: unknown) {
  return model.withStructuredOutput(s); // expect: verification/output-validation
}
`,
      },
    },
    {
      name: "the final answer is checked against the task's output schema",
      files: {
        "src/agents/react-agent.ts": `export function finalAnswer(task: Task, answer: unknown) {
  const parsed = task.outputSchema.safeParse(answer); // expect: verification/output-validation
  if (!parsed.success) return { retry: true, errors: parsed.error.issues };
  return { result: parsed.data };
}
`,
      },
    },
  ],
});
