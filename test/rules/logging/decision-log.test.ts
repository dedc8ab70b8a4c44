import rule from "../../../src/rules/logging/decision-log.js";
import { ruleTester } from "../../support/rule-tester.js";
import { consoleAgent } from "./toy-agents.js";

ruleTester(rule, {
  valid: [
    {
      name: "an event union whose only permission variant is the request, not its outcome",
      files: {
        "src/engine/types.ts": `export type QueryEvent =
  | { type: "text_delta"; text: string }
  | { type: "tool_start"; id: string; name: string }
  | { type: "tool_end"; id: string; output: string }
  | { type: "permission_request"; tool: string; input: unknown };
`,
      },
    },
    {
      name: "a span type that names its work but records no outcome",
      files: {
        "src/tracer.ts": `export interface Span {
  name: string;
  attributes: Record<string, unknown>;
}
`,
      },
    },
    { name: "a console-only agent", files: { "src/agent.ts": consoleAgent } },
    {
      name: "a permission check that returns its decision without recording it",
      files: {
        "src/permissions.ts": `export type PolicyResult = { decision: "allow" | "deny" | "ask"; reason: string };
export function decide(tool: string): PolicyResult {
  if (tool === "shell") return { decision: "ask", reason: "shell always asks" };
  return { decision: "allow", reason: "read-only" };
}
`,
      },
    },
    {
      name: "command metadata with trigger phrases is not a step record",
      files: { "src/types/commands.ts": `export interface CustomCommandMetadata { description?: string; triggers?: string[]; aliases?: string[] }\n` },
    },
    {
      name: "an event union with no decision variants",
      files: { "src/events.ts": `export type AgentEvent = { type: "text"; text: string } | { type: "tool_call"; tool: string };\n` },
    },
    {
      name: "a policy rule list built with push",
      files: {
        "src/policy/config.ts": `const rules: { toolName: string; decision: string }[] = [];
rules.push({ toolName: "shell", decision: "ask" });
`,
      },
    },
    {
      name: "an error event for an exceeded context window is not a decision",
      files: { "src/events.ts": `export const emitError = (emit: Emit) => emit({ type: "context_length_exceeded", message: "too long" });\n` },
    },
    {
      name: "a union of span options that are not tagged records",
      files: { "src/tracing.ts": `export type AnySpan = SpanOptions | Record<string, string>;\n` },
    },
  ],
  invalid: [
    {
      name: "typed trace records of the agent's steps: what ran and how it ended (openai-agents' FunctionSpanData, a tracer's Span)",
      files: {
        "src/tracing/spans.ts": `export type FunctionSpanData = {
  type: "function"; // expect: logging/decision-log
  name: string;
  input: string;
  output?: string;
};
`,
      },
    },
    {
      name: "per-step task records that say why each node ran (LangGraph stream/debug output)",
      files: {
        "libs/core/src/pregel/types.ts": `interface StreamTasksOutputBase { id: string; name: string; interrupts: unknown[] }
interface StreamTasksCreateOutput<V> extends StreamTasksOutputBase {
  input: V;
  triggers: string[]; // expect: logging/decision-log
}
`,
      },
    },
    {
      name: "a permission decision variant in the typed event union",
      files: {
        "src/events.ts": `export type AgentEvent = // expect: logging/decision-log
  | { type: "tool_call"; tool: string }
  | { type: "permission_denied"; tool: string; rule: string; reason: string };
`,
      },
    },
    {
      name: "a telemetry event class with a decision field (gemini-cli style)",
      files: {
        "src/telemetry/types.ts": `import type { ToolCallDecision } from "./tool-call-decision.js";
export class ToolCallEvent {
  "event.name": "tool_call";
  function_name: string;
  decision?: ToolCallDecision; // expect: logging/decision-log
  constructor(name: string) {
    this.function_name = name;
  }
}
`,
      },
    },
    {
      name: "decisions written to a structured logger, telemetry and a span",
      files: {
        "src/gate.ts": `import { logger } from "./logger.js";
import { trace } from "@opentelemetry/api";
export function record(tool: string, decision: string, reason: string, tokens: number) {
  logger.info({ tool, decision, reason }, "permission decided"); // expect: logging/decision-log
  captureCompactionSkipped({ reason, tokens }); // expect: logging/decision-log
  trace.getActiveSpan()?.setAttribute("tool.decision", decision); // expect: logging/decision-log
}
declare function captureCompactionSkipped(p: { reason: string; tokens: number }): void;
`,
      },
    },
    {
      name: "a handoff span type (openai-agents style)",
      files: {
        "src/tracing/spans.ts": `type SpanDataBase = { [key: string]: unknown };
export type HandoffSpanData = SpanDataBase & { // expect: logging/decision-log
  type: "handoff";
  from_agent?: string;
  to_agent?: string;
};
`,
      },
    },
    {
      name: "a log record type with a decision flag and the block reason",
      files: {
        "src/types/agent-logs.ts": `export interface AgentBlockLog {
  logType: "AgentStatusUpdate";
  isAgentDecision: boolean; // expect: logging/decision-log
  blockReason: string; // expect: logging/decision-log
}
`,
      },
    },
    {
      name: "a guardrail's outcome recorded as span attributes",
      files: {
        "src/guardrail.ts": `export function recordGuardrail(span: Span, pass: boolean, action: string) {
  span.setAttribute("guardrail.pass", pass); // expect: logging/decision-log
  span.setAttribute("guardrail.action", action); // expect: logging/decision-log
}
`,
      },
    },
    {
      name: "an approval's resolution recorded in a human-in-the-loop event",
      files: {
        "src/streaming.ts": `export interface HitlResolvedEvent {
  event: "hitl.resolved";
  data: { requestId: string; approvedTools?: string[]; reason?: string }; // expect: logging/decision-log
}
`,
      },
    },
    {
      name: "a delegation and a safety-limit stop logged as tagged events",
      files: {
        "src/logging/event-logger.ts": `export class EventLogger {
  logDelegation(parent: string, child: string, task: string) {
    this.emitEvent("delegation", { type: "delegation", data: { parent, child, task } }); // expect: logging/decision-log
  }
  logSafetyLimit(reason: string, agent: string) {
    this.emitEvent("safety_limit", { type: "safety_limit", data: { reason, agent } }); // expect: logging/decision-log
  }
}
`,
      },
    },
    {
      name: "a union of tagged trace records, one per kind of agent step",
      files: {
        "src/traces.ts": `export interface AgentResponseTrace { type: "agent-response"; payload: { text: string } }
export interface GradeRunTrace { type: "grade-run"; payload: { scores: string } }
export type Trace = AgentResponseTrace | GradeRunTrace; // expect: logging/decision-log
`,
      },
    },
  ],
});
