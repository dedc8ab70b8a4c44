/** Small agents written the way hobby projects write them, shared by the logging rule tests. */

/** A 60-line agent that reports everything with console.log. */
export const consoleAgent = `import Anthropic from "@anthropic-ai/sdk";
import { readFileSync, writeFileSync } from "node:fs";

const client = new Anthropic();

const tools = [
  { name: "read_file", description: "Read a file", input_schema: { type: "object", properties: { path: { type: "string" } } } },
  { name: "write_file", description: "Write a file", input_schema: { type: "object", properties: { path: { type: "string" }, content: { type: "string" } } } },
];

function runTool(name: string, input: { path: string; content?: string }): string {
  console.log(\`running \${name}\`, input);
  if (name === "read_file") return readFileSync(input.path, "utf8");
  if (name === "write_file") {
    writeFileSync(input.path, input.content ?? "");
    return "ok";
  }
  return "unknown tool";
}

export async function main(prompt: string) {
  const messages: Anthropic.MessageParam[] = [{ role: "user", content: prompt }];
  for (let turn = 0; turn < 20; turn++) {
    const response = await client.messages.create({
      model: "claude-sonnet-4-5",
      max_tokens: 4096,
      tools,
      messages,
    });
    console.log("model said", response.content);
    messages.push({ role: "assistant", content: response.content });
    const results = [];
    for (const block of response.content) {
      if (block.type !== "tool_use") continue;
      const output = runTool(block.name, block.input as { path: string });
      console.log("tool output", output.slice(0, 200));
      results.push({ type: "tool_result" as const, tool_use_id: block.id, content: output });
    }
    if (results.length === 0) {
      console.log("done after", turn + 1, "turns");
      return;
    }
    messages.push({ role: "user", content: results });
  }
  console.error("gave up");
}

main(process.argv[2] ?? "hello").catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
`;

/** An agent loop that emits a typed event union, including a permission decision with its reason. */
export const eventedAgentEvents = `export type AgentEvent =
  | { type: "turn_start"; turn: number }
  | { type: "tool_call"; tool: string; input: unknown }
  | { type: "permission_decided"; tool: string; decision: "allow" | "deny" | "ask"; reason: string }
  | { type: "turn_end"; usage: { input: number; output: number } };

export type Listener = (event: AgentEvent) => void;
`;
