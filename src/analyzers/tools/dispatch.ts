import { ts } from "ts-morph";
import { defineAnalyzer, type FactBase } from "../../engine/analyzer.js";
import { dottedName, enclosingFunction, functionName } from "../../engine/ast.js";

/** A dispatch on tool-name strings: `switch (call.name) { case "read_file": ... }` or an if/else chain. */
export interface ToolDispatchFact extends FactBase {
  form: "switch" | "if-chain";
  discriminant: string;
  /** The string labels compared against. */
  cases: string[];
  inFunction?: string;
  /** Whether the discriminant or the enclosing function names a tool call (otherwise only declared tool names can tell). */
  toolish: boolean;
}

const NAME_SEGMENT = /^(?:name|toolName|tool_name|tool|functionName|function_name|fnName|toolId|tool_id)$/i;
const TOOLISH = /tool|function|fn\b|call|block|use/i;
const TOOLISH_FUNCTION = /tool|dispatch|execute|invoke|handle|call|run/i;
const LABEL = /^[A-Za-z_][\w.-]{0,63}$/;

/** Whether an expression reads a tool call's name (`name`, `block.name`, `toolCall.function.name`). */
export function toolNameExpression(expr: ts.Expression): string | undefined {
  const dotted = dottedName(expr);
  if (!dotted) return undefined;
  const last = dotted.slice(dotted.lastIndexOf(".") + 1);
  return NAME_SEGMENT.test(last) ? dotted : undefined;
}

function comparedLabel(cond: ts.Expression, discriminant: string): string | undefined {
  if (!ts.isBinaryExpression(cond)) return undefined;
  const op = cond.operatorToken.kind;
  if (op !== ts.SyntaxKind.EqualsEqualsEqualsToken && op !== ts.SyntaxKind.EqualsEqualsToken) return undefined;
  const [a, b] = ts.isStringLiteralLike(cond.right) ? [cond.left, cond.right] : [cond.right, cond.left];
  if (!ts.isStringLiteralLike(b) || dottedName(a) !== discriminant) return undefined;
  return b.text;
}

/** The labels of an if/else-if chain comparing one tool-name expression with strings. */
function ifChain(node: ts.IfStatement): { discriminant: string; cases: string[] } | undefined {
  const cond = node.expression;
  if (!ts.isBinaryExpression(cond)) return undefined;
  const side = ts.isStringLiteralLike(cond.right) ? cond.left : cond.right;
  const discriminant = toolNameExpression(side);
  if (!discriminant) return undefined;
  const cases: string[] = [];
  let current: ts.Statement | undefined = node;
  while (current && ts.isIfStatement(current)) {
    const label = comparedLabel(current.expression, discriminant);
    if (label === undefined) break;
    cases.push(label);
    current = current.elseStatement;
  }
  return { discriminant, cases };
}

/** Finds dispatch on tool-name strings (switch statements and if/else chains). */
export const toolDispatch = defineAnalyzer<ToolDispatchFact>({
  name: "tool-dispatch",
  description: "switch statements and if/else chains over tool-call names",
  kinds: [ts.SyntaxKind.SwitchStatement, ts.SyntaxKind.IfStatement],
  visit(node, ctx) {
    let found: { discriminant: string; cases: string[]; form: ToolDispatchFact["form"] } | undefined;
    if (ts.isSwitchStatement(node)) {
      const discriminant = toolNameExpression(node.expression);
      if (!discriminant) return;
      const cases = node.caseBlock.clauses.flatMap((c) => (ts.isCaseClause(c) && ts.isStringLiteralLike(c.expression) ? [c.expression.text] : []));
      found = { discriminant, cases, form: "switch" };
    } else if (ts.isIfStatement(node)) {
      const parent = ctx.ancestors[ctx.ancestors.length - 1];
      if (parent && ts.isIfStatement(parent) && parent.elseStatement === node) return;
      const chain = ifChain(node);
      if (!chain) return;
      found = { ...chain, form: "if-chain" };
    }
    if (!found || found.cases.length < 2 || !found.cases.every((c) => LABEL.test(c))) return;
    const fn = enclosingFunction(ctx.ancestors);
    const holder = fn ? ctx.ancestors[ctx.ancestors.indexOf(fn) - 1] : undefined;
    const inFunction = fn ? functionName(fn, holder) : undefined;
    const toolish = TOOLISH.test(found.discriminant) || (inFunction !== undefined && TOOLISH_FUNCTION.test(inFunction));
    ctx.emit({ file: ctx.file.path, line: ctx.line(node), ...found, inFunction, toolish });
  },
});
