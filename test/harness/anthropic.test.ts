import { describe, expect, it } from "vitest";
import { AnthropicClient, builtInRegistry } from "../../src/harness/index.js";

/** A recorded Messages API answer, replayed by a fake `fetch`: no key, no network. */
const recorded = {
  id: "msg_01",
  type: "message",
  role: "assistant",
  model: "claude-sonnet-4-5",
  content: [
    { type: "text", text: "Let me look." },
    { type: "tool_use", id: "toolu_01", name: "read_file", input: { path: "README.md" } },
  ],
  stop_reason: "tool_use",
  stop_sequence: null,
  usage: { input_tokens: 321, output_tokens: 45 },
};

describe("Anthropic client", () => {
  it("sends tools and messages and maps the answer back", async () => {
    const requests: unknown[] = [];
    const fakeFetch = async (_url: string | URL | Request, init?: RequestInit): Promise<Response> => {
      requests.push(JSON.parse(String(init?.body)));
      return new Response(JSON.stringify(recorded), { status: 200, headers: { "content-type": "application/json", "request-id": "req_1" } });
    };
    const client = new AnthropicClient({ apiKey: "test", fetch: fakeFetch, maxRetries: 0 });
    const out = await client.call({
      turn: 0,
      system: "be careful",
      messages: [{ role: "user", content: [{ type: "text", text: "read the readme" }] }],
      tools: builtInRegistry().describe(),
      maxTokens: 1000,
      signal: new AbortController().signal,
    });
    expect(out).toEqual({
      content: [
        { type: "text", text: "Let me look." },
        { type: "tool_use", id: "toolu_01", name: "read_file", input: { path: "README.md" } },
      ],
      usage: { input_tokens: 321, output_tokens: 45 },
      stopReason: "tool_use",
    });
    expect(requests[0]).toMatchObject({ model: "claude-sonnet-4-5", max_tokens: 1000, system: "be careful" });
    expect(JSON.stringify(requests[0])).toContain('"name":"edit_file"');
  });

  it("turns an API error into a ModelError", async () => {
    const fakeFetch = async (): Promise<Response> => new Response(JSON.stringify({ type: "error", error: { type: "overloaded_error", message: "Overloaded" } }), { status: 529, headers: { "content-type": "application/json" } });
    const client = new AnthropicClient({ apiKey: "test", fetch: fakeFetch, maxRetries: 0 });
    await expect(client.call({ turn: 0, system: "", messages: [], tools: [], maxTokens: 10, signal: new AbortController().signal })).rejects.toMatchObject({ name: "ModelError" });
  });
});
