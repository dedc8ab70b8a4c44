/** An agent loop in its own file, exported as `name`: the tools a caller hands it run under a model until it stops or hits maxIterations. */
export const agentLoopFile = (name: string): string => `import Anthropic from "@anthropic-ai/sdk";
const client = new Anthropic();
export async function ${name}(prompt: string, tools: Tool[], config: { maxIterations: number }) {
  const messages = [{ role: "user" as const, content: prompt }];
  for (let i = 0; i < config.maxIterations; i++) {
    const res = await client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, tools, messages });
    if (res.stop_reason !== "tool_use") return res.content;
    messages.push(...(await runTools(res, tools)));
  }
}
`;
