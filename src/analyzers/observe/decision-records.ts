import { ts } from "ts-morph";
import { calleeName, objectProperty, propertyNameText, stringValue } from "../../engine/ast.js";
import { defineAnalyzer, type FactBase } from "../../engine/analyzer.js";
import { DECISION_WORDS, calleeLast, declaredName } from "./names.js";

/** A structured record of a decision: a `decision` field on an event/log type, or a decision written to a log, span or event. */
export interface DecisionRecordFact extends FactBase {
  /** `trace`: a typed trace or span record of the agent's steps (what ran, and how it ended). */
  kind: "field" | "logged" | "trace";
  /** The record type (`ToolCallEvent`) or the call that writes it (`captureCompactionSkipped`). */
  where: string;
}

/** `decision`, `permissionDecision`, `isAgentDecision`, `verdict`, or why something was refused (`blockReason`). */
const DECISION_KEY = /decision|verdict|^(?:block|deny|denial|reject|rejection|refusal)(?:ed)?_?reason$|^(?:approved|denied|granted|rejected)(?:_?(?:by|tools))?$/i;
/** What a record of stopping or delegating is tagged: the loop hit a limit, or work was handed to another agent. */
const STOP_OR_DELEGATE = /delegat|limit_?(?:reached|exceeded|hit)|(?:safety|budget|turns?|steps?|iterations?)_?(?:limit|exceeded)/i;

/** Whether an event tag or record name says a decision: permission, routing, compaction, a limit stop or a delegation. */
export function isDecisionTag(tag: string): boolean {
  return (DECISION_WORDS.test(tag) && !ASKS_ONLY.test(tag)) || STOP_OR_DELEGATE.test(tag);
}

/** `permission_request`, `approvalRequired`: the gate asking, which records no outcome (its answer would). */
const ASKS_ONLY = /(?:request|requested|prompt|needed|required|pending)$/i;
/** Types that are records of something that happened, not return values of a check. */
const RECORD_TYPE = /event|record|entry|log|span|audit|telemetry|trace/i;
/** Routing decisions recorded per step: why a node or agent ran (`triggers`) or where control went. */
const ROUTING_KEY = /^(?:triggers|triggeredBy|routedTo|routeTo|handoffTo|nextAgent|nextNode)$/;
/** Per-step output a run streams or records (StreamTasksCreateOutput, DebugCheckpoint, StepResult). */
const STEP_RECORD_TYPE = /(?:stream|debug|step|checkpoint|task)\w*(?:output|result|payload|chunk)|(?:debug|checkpoint)/i;
/** Span attributes that record a gate's outcome (`tool.decision`, `guardrail.action`, `permission.granted`). */
const DECISION_ATTRIBUTE = /decision|verdict|guardrail|permission|approv/i;
const WRITE_CALL = /^[_#]?(?:log\w*|info|warn|debug|error|trace|emit\w*|record\w*|track\w*|capture\w*|audit\w*|addEvent|setAttributes?|startSpan|startActiveSpan|\w*Span)$/i;
const RECORD_CLASS = /(?:Event|Record|Entry|Span|Log)$/;
const TAG_KEYS = ["type", "event", "kind", "name", "eventName"];
/** Types of trace records: `Span`, `AgentResponseTrace`, `FunctionSpanData`, `TrajectoryStep`. */
const TRACE_TYPE = /(?:Span|Trace|Trajectory)(?:Data|Record|Event|Entry|Step)?$|^Trajectory/;
/** What a step record says ran, and how it ended. */
const TRACE_SUBJECT = /^(?:name|tool|toolName|tool_name|toolCall|tool_call|agent|agentName|agent_name|agent_id|agentId|function|functionName|handoff|guardrail|model|spanType|span_type|kind|type)$/;
const TRACE_OUTCOME = /^(?:status|error|output|result|outcome|endTime|end_time|endedAt|ended_at|duration|durationMs|duration_ms|latency|finishedAt)$/;

/** Fields seen per record type in the file being walked. */
let traceFields = new Map<string, { line: number; subject: boolean; outcome: boolean }>();

/** Finds structured decision records: typed record fields and decisions written as objects to a log, span, event or telemetry. */
export const decisionRecords = defineAnalyzer<DecisionRecordFact>({
  name: "decision-records",
  description: "structured records of permission, routing and compaction decisions",
  kinds: [ts.SyntaxKind.PropertySignature, ts.SyntaxKind.PropertyDeclaration, ts.SyntaxKind.CallExpression, ts.SyntaxKind.NewExpression],
  enterFile() {
    traceFields = new Map();
  },
  leaveFile(ctx) {
    for (const [where, t] of traceFields) if (t.subject && t.outcome) ctx.emit({ file: ctx.file.path, line: t.line, kind: "trace", where });
  },
  visit(node, ctx) {
    if (ts.isPropertySignature(node) || ts.isPropertyDeclaration(node)) {
      const key = propertyNameText(node.name);
      if (!key) return;
      if (TRACE_SUBJECT.test(key) || TRACE_OUTCOME.test(key)) noteTraceField(key, ctx.ancestors, ctx.line(node));
      const decision = DECISION_KEY.test(key);
      if (!decision && !ROUTING_KEY.test(key)) return;
      const owner = declaredName(ctx.ancestors);
      if (!owner || !(RECORD_TYPE.test(owner) || (!decision && STEP_RECORD_TYPE.test(owner)))) return;
      ctx.emit({ file: ctx.file.path, line: ctx.line(node), kind: "field", where: owner });
      return;
    }
    if (!(ts.isCallExpression(node) || ts.isNewExpression(node))) return;
    const last = calleeLast(node);
    if (!last || !node.arguments?.length) return;
    if (last === "stringify" && ts.isCallExpression(node)) {
      // appendFile(auditLog, JSON.stringify({ tool, decision, reason }) + "\n")
      const arg = node.arguments[0];
      if (arg && carriesDecision(arg, last)) ctx.emit({ file: ctx.file.path, line: ctx.line(node), kind: "logged", where: "JSON.stringify" });
      return;
    }
    const writes = ts.isNewExpression(node) ? RECORD_CLASS.test(last) : WRITE_CALL.test(last);
    if (!writes) return;
    const callee = calleeName(node) ?? last;
    const args = node.arguments ?? [];
    // captureCompactionSkipped({...}), new PermissionDeniedEvent({...}): the writer names the decision.
    const namedDecision = isDecisionTag(last) && args.some((a) => ts.isObjectLiteralExpression(a) && a.properties.length >= 2);
    if (namedDecision || args.some((a) => carriesDecision(a, last))) {
      ctx.emit({ file: ctx.file.path, line: ctx.line(node), kind: "logged", where: callee });
    }
  },
});

function carriesDecision(arg: ts.Expression, method: string): boolean {
  if (ts.isObjectLiteralExpression(arg)) {
    for (const p of arg.properties) {
      const key = propertyNameText(p.name);
      if (key !== undefined && DECISION_KEY.test(key)) return true;
    }
    // emit({ type: "permission_denied", tool, reason })
    if (arg.properties.length < 2) return false;
    return TAG_KEYS.some((k) => {
      const tag = stringValue(objectProperty(arg, k));
      return tag !== undefined && isDecisionTag(tag);
    });
  }
  // span.setAttribute("tool.decision", value)
  if (method === "setAttribute" || method === "addEvent") {
    const text = stringValue(arg);
    return text !== undefined && DECISION_ATTRIBUTE.test(text);
  }
  return false;
}

/** A field of a trace record type: the record counts once it says both what ran and how it ended. */
function noteTraceField(key: string, ancestors: readonly ts.Node[], line: number): void {
  const owner = declaredName(ancestors);
  if (!owner || !TRACE_TYPE.test(owner)) return;
  const t = traceFields.get(owner) ?? { line, subject: false, outcome: false };
  if (TRACE_SUBJECT.test(key)) t.subject = true;
  else t.outcome = true;
  traceFields.set(owner, t);
}
