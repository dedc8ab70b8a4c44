import type { Message } from "../budget/compaction.js";
import type { ContentBlock, Usage } from "../events/events.js";
import type { ToolDescription } from "../tools/registry.js";

/** One call to the model. `turn` is how many calls the session has made before this one. */
export interface ModelRequest {
  turn: number;
  system: string;
  messages: readonly Message[];
  tools: readonly ToolDescription[];
  maxTokens: number;
  signal: AbortSignal;
}

/** The model's answer. */
export interface ModelResponse {
  content: ContentBlock[];
  usage: Usage;
  stopReason: string;
}

/** A model the loop can call; the loop never knows which. */
export interface ModelClient {
  readonly model: string;
  call(request: ModelRequest): Promise<ModelResponse>;
}

/** A model call that failed (network, API, malformed answer): the loop ends with `model_error`. */
export class ModelError extends Error {
  override readonly name = "ModelError";
}
