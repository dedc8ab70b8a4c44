import { ts } from "ts-morph";
import { calleeName, lastSegment, propertyNameText } from "../../engine/ast.js";
import { defineAnalyzer, type FactBase } from "../../engine/analyzer.js";
import { outsideProduct } from "./names.js";

/** An agent run that is given its own turn or step limit: `run(triageAgent, input, { maxTurns: 10 })`. */
export interface AgentRunLimitFact extends FactBase {
  agent: string;
  limit: string;
  example: boolean;
}

const RUN_LIMIT = /^(?:maxTurns|max_turns|maxSteps|max_steps|maxIterations|max_iterations|recursionLimit|stopWhen)$/;
const RUN_METHOD = /^(?:run|runAgent|runSubagent|stream|generate|invoke|execute|runStreamed)$/;
const AGENTISH = /agent/i;

/** Finds calls that run a named agent with a turn or step limit passed to the run itself. */
export const agentRuns = defineAnalyzer<AgentRunLimitFact>({
  name: "agent-runs",
  description: "agent runs given a turn or step limit",
  textHints: ["maxTurns", "max_turns", "maxSteps", "max_steps", "maxIterations", "max_iterations", "recursionLimit", "stopWhen"],
  kinds: [ts.SyntaxKind.CallExpression],
  visit(node, ctx) {
    if (!ts.isCallExpression(node) || node.arguments.length === 0) return;
    const limit = runLimit(node.arguments);
    if (!limit) return;
    const callee = calleeName(node);
    const method = lastSegment(callee);
    if (!callee || !method || !RUN_METHOD.test(method)) return;
    const receiver = callee.slice(0, Math.max(0, callee.length - method.length - 1));
    const agentArg = node.arguments.find((a): a is ts.Identifier => ts.isIdentifier(a) && AGENTISH.test(a.text));
    const agent = agentArg?.text ?? (AGENTISH.test(receiver) ? receiver : undefined);
    if (!agent) return;
    ctx.emit({ file: ctx.file.path, line: ctx.line(node), agent, limit, example: outsideProduct(ctx.file.path) });
  },
});

function runLimit(args: ts.NodeArray<ts.Expression>): string | undefined {
  for (const arg of args) {
    if (!ts.isObjectLiteralExpression(arg)) continue;
    for (const p of arg.properties) {
      const key = propertyNameText(p.name);
      if (key && RUN_LIMIT.test(key)) return key;
    }
  }
  return undefined;
}
