import rule from "../../../src/rules/logging/typed-events.js";
import { ruleTester } from "../../support/rule-tester.js";
import { consoleAgent } from "./toy-agents.js";

ruleTester(rule, {
  valid: [
    {
      name: "an interface with a kind typed by a union of two literals is not an event vocabulary",
      files: {
        "src/shape.ts": `export type ShapeKind = "circle" | "square";
export interface ShapeEvent {
  kind: ShapeKind;
  size: number;
}
`,
      },
    },
    {
      name: "a hand-written bus that emits a name and untyped data",
      files: {
        "src/bus.ts": `export class Bus {
  private handlers = new Map<string, ((data: any) => void)[]>();
  on(name: string, fn: (data: any) => void) { this.handlers.set(name, [...(this.handlers.get(name) ?? []), fn]); }
  emit(name: string, data?: any) { for (const fn of this.handlers.get(name) ?? []) fn(data); }
}
`,
      },
    },
    { name: "a console-only agent", files: { "src/agent.ts": consoleAgent } },
    {
      name: "a tagged union that is not about events",
      files: { "src/geometry.ts": `export type Shape = { kind: "circle"; r: number } | { kind: "square"; side: number };\n` },
    },
    {
      name: "a union of event names as strings, and an untyped emitter",
      files: {
        "src/bus.ts": `import { EventEmitter } from "node:events";
export type AgentEventName = "start" | "tool" | "end";
export const bus = new EventEmitter();
bus.emit("start");
`,
      },
    },
    {
      name: "an event union that only lives in examples",
      files: { "examples/streaming/events.ts": `export type StreamEvent = { type: "text"; text: string } | { type: "done" };\n` },
    },
  ],
  invalid: [
    {
      name: "an event interface whose kind is a named union of string literals (midscene TaskRunnerEvent style)",
      files: {
        "src/task-runner.ts": `export type TaskRunnerEventKind = "append" | "start" | "finish" | "error" | "cancel";
export interface TaskRunnerEvent { // expect: logging/typed-events
  kind: TaskRunnerEventKind;
  task: ExecutionTask;
  runner: TaskRunner;
}
`,
      },
    },
    {
      name: "a hand-written event bus: subscribe by event type, emit a typed AgentEvent (nanobrowser style)",
      files: {
        "src/event/manager.ts": `import type { AgentEvent, EventCallback, EventType } from "./types";
export class EventManager { // expect: logging/typed-events
  private subscribers = new Map<EventType, EventCallback[]>();
  subscribe(eventType: EventType, callback: EventCallback): void {
    this.subscribers.set(eventType, [...(this.subscribers.get(eventType) ?? []), callback]);
  }
  async emit(event: AgentEvent): Promise<void> {
    await Promise.all((this.subscribers.get(event.type) ?? []).map((cb) => cb(event)));
  }
}
`,
      },
    },
    {
      name: "an inline discriminated union of agent events",
      files: {
        "src/events.ts": `/** What the loop reports. */
export type AgentEvent = // expect: logging/typed-events
  | { type: "turn_start"; turn: number }
  | { type: "tool_call"; tool: string; input: unknown }
  | { type: "turn_end" };
`,
      },
    },
    {
      name: "an enum-keyed union of event types declared apart (gemini-cli style)",
      files: {
        "src/core/turn.ts": `export enum GeminiEventType {
  Content = "content",
  ToolCallRequest = "tool_call_request",
  ChatCompressed = "chat_compressed",
}
export type ServerContentEvent = { type: GeminiEventType.Content; value: string };
export type ServerToolCallRequestEvent = { type: GeminiEventType.ToolCallRequest; value: { name: string } };
export type ServerChatCompressedEvent = { type: GeminiEventType.ChatCompressed; value: { before: number; after: number } };
export type ServerStreamEvent = // expect: logging/typed-events
  | ServerContentEvent
  | ServerToolCallRequestEvent
  | ServerChatCompressedEvent;
`,
      },
    },
    {
      name: "event classes with a readonly literal type, unioned in another file (openai-agents style)",
      files: {
        "src/stream/raw.ts": `export class RawModelStreamEvent {
  readonly type = "raw_model_stream_event";
  constructor(public data: unknown) {}
}
export class AgentUpdatedStreamEvent {
  readonly type = "agent_updated_stream_event";
  constructor(public agent: string) {}
}
`,
        "src/stream/index.ts": `import type { AgentUpdatedStreamEvent, RawModelStreamEvent } from "./raw.js";
export type RunStreamEvent = RawModelStreamEvent | AgentUpdatedStreamEvent; // expect: logging/typed-events
`,
      },
    },
    {
      name: "a zod discriminated union of events",
      files: {
        "src/events/schema.ts": `import { z } from "zod";
export const AgentEventSchema = z.discriminatedUnion("type", [ // expect: logging/typed-events
  z.object({ type: z.literal("model_request"), turn: z.number() }),
  z.object({ type: z.literal("tool_result"), tool: z.string(), ok: z.boolean() }),
]);
`,
      },
    },
    {
      name: "typed emitters: a subclass of EventEmitter<Events> and mitt<Events>()",
      files: {
        "src/bus.ts": `import { EventEmitter } from "node:events";
import mitt from "mitt";
type Events = { tool: [name: string]; done: [] };
export class AgentBus extends EventEmitter<Events> {} // expect: logging/typed-events
export const uiBus = mitt<{ render: string }>(); // expect: logging/typed-events
`,
      },
    },
    {
      name: "a log union discriminated by logType, its members declared as interfaces",
      files: {
        "src/types/logs.ts": `export interface TaskStatusLog { logType: "TaskStatusUpdate"; task: string; status: string }
export interface AgentStatusLog { logType: "AgentStatusUpdate"; agent: string; status: string }
export type WorkflowLog = TaskStatusLog | AgentStatusLog; // expect: logging/typed-events
`,
      },
    },
  ],
});
