/** Small agents in the shapes hobby projects write, shared by the budgeting rule tests. */

/** A 60-line Anthropic tool loop with no bound: it stops only when the model stops calling tools. */
export const unboundedAnthropicLoop = `import Anthropic from "@anthropic-ai/sdk";
import { execSync } from "node:child_process";

const client = new Anthropic();
const tools: Anthropic.Tool[] = [
  { name: "read_file", description: "Read a file", input_schema: { type: "object", properties: { path: { type: "string" } } } },
];

function runTool(name: string, input: Record<string, string>): string {
  if (name === "read_file") return execSync(\`cat \${JSON.stringify(input.path)}\`).toString();
  return "unknown tool";
}

export async function agent(task: string): Promise<string> {
  const messages: Anthropic.MessageParam[] = [{ role: "user", content: task }];
  while (true) { // expect: budgeting/unbounded-loop
    const response = await client.messages.create({
      model: "claude-sonnet-4-5",
      max_tokens: 4096,
      tools,
      messages,
    });
    messages.push({ role: "assistant", content: response.content });
    if (response.stop_reason !== "tool_use") {
      const text = response.content.find((b) => b.type === "text");
      return text && text.type === "text" ? text.text : "";
    }
    const results: Anthropic.ToolResultBlockParam[] = [];
    for (const block of response.content) {
      if (block.type !== "tool_use") continue;
      results.push({ type: "tool_result", tool_use_id: block.id, content: runTool(block.name, block.input as Record<string, string>) });
    }
    messages.push({ role: "user", content: results });
  }
}
`;

/** The same agent with a turn bound in the loop header. */
export const boundedAnthropicLoop = `import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
const MAX_TURNS = 25;

export async function agent(task: string): Promise<string> {
  const messages: Anthropic.MessageParam[] = [{ role: "user", content: task }];
  for (let turn = 0; turn < MAX_TURNS; turn++) { // expect: budgeting/loop-limit
    const response = await client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, messages });
    messages.push({ role: "assistant", content: response.content });
    if (response.stop_reason !== "tool_use") return "done";
    messages.push({ role: "user", content: [] });
  }
  throw new Error("max turns exceeded");
}
`;
