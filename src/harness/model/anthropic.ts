import Anthropic from "@anthropic-ai/sdk";
import { ContentBlockSchema, type ContentBlock } from "../events/events.js";
import { ModelError, type ModelClient, type ModelRequest, type ModelResponse } from "./client.js";

/** Options for the Anthropic client; `fetch` lets tests replay recorded responses with no key and no network. */
export interface AnthropicOptions {
  model?: string;
  apiKey?: string;
  fetch?: typeof globalThis.fetch;
  maxRetries?: number;
}

/** Maps an API content block to ours, keeping only text and tool use. */
function toBlock(block: Anthropic.ContentBlock): ContentBlock[] {
  if (block.type === "text") return [{ type: "text", text: block.text }];
  if (block.type === "tool_use") return [ContentBlockSchema.parse({ type: "tool_use", id: block.id, name: block.name, input: block.input })];
  return [];
}

/** The Messages API with tools, through @anthropic-ai/sdk. */
export class AnthropicClient implements ModelClient {
  readonly model: string;
  readonly #sdk: Anthropic;

  constructor(options: AnthropicOptions = {}) {
    this.model = options.model ?? "claude-sonnet-4-5";
    this.#sdk = new Anthropic({ apiKey: options.apiKey ?? process.env.ANTHROPIC_API_KEY ?? null, fetch: options.fetch, maxRetries: options.maxRetries ?? 2 });
  }

  async call(request: ModelRequest): Promise<ModelResponse> {
    try {
      const message = await this.#sdk.messages.create(
        {
          model: this.model,
          max_tokens: request.maxTokens,
          system: request.system,
          messages: request.messages.map((m) => ({ role: m.role, content: m.content.map(toParam) })),
          tools: request.tools.map((t) => ({ name: t.name, description: t.description, input_schema: { ...t.input_schema, type: "object" } })),
        },
        { signal: request.signal },
      );
      return {
        content: message.content.flatMap(toBlock),
        usage: { input_tokens: message.usage.input_tokens, output_tokens: message.usage.output_tokens },
        stopReason: message.stop_reason ?? "end_turn",
      };
    } catch (error) {
      throw new ModelError(error instanceof Error ? error.message : String(error));
    }
  }
}

function toParam(block: ContentBlock): Anthropic.ContentBlockParam {
  switch (block.type) {
    case "text":
      return { type: "text", text: block.text };
    case "tool_use":
      return { type: "tool_use", id: block.id, name: block.name, input: block.input };
    case "tool_result":
      return { type: "tool_result", tool_use_id: block.tool_use_id, content: block.content, is_error: block.is_error };
  }
}
