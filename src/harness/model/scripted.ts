import { setTimeout as sleep } from "node:timers/promises";
import type { ScenarioTurn } from "../scenario.js";
import type { ModelClient, ModelRequest, ModelResponse } from "./client.js";

/** The scenario's model: answers its i-th call with turns[i]; no network, same answers every time. */
export class ScriptedClient implements ModelClient {
  readonly model = "scripted";

  constructor(private readonly turns: readonly ScenarioTurn[]) {}

  async call(request: ModelRequest): Promise<ModelResponse> {
    const turn = this.turns[request.turn];
    if (!turn) return { content: [{ type: "text", text: "(end of script)" }], usage: { input_tokens: 0, output_tokens: 0 }, stopReason: "end_turn" };
    if (turn.delayMs) await sleep(turn.delayMs, undefined, { signal: request.signal });
    const usage = turn.usage ?? { input_tokens: 0, output_tokens: 0 };
    // A real API stops at max_tokens; the script is held to the same cap.
    const output = Math.min(usage.output_tokens, request.maxTokens);
    const toolUse = turn.content.some((b) => b.type === "tool_use");
    return {
      content: turn.content,
      usage: { input_tokens: usage.input_tokens, output_tokens: output },
      stopReason: output < usage.output_tokens ? "max_tokens" : toolUse ? "tool_use" : "end_turn",
    };
  }
}
