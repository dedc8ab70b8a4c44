import { ts } from "ts-morph";
import { calleeName, propertyNameText } from "../../engine/ast.js";

/** A call's dotted callee and its last segment, computed once per node for all analyzers of a walk. */
export interface CallInfo {
  callee: string | undefined;
  last: string | undefined;
}

let lastNode: ts.CallExpression | undefined;
let lastInfo: CallInfo = { callee: undefined, last: undefined };
let lastNameNode: ts.CallExpression | undefined;
let lastName: string | undefined;

/** The callee of a call; analyzers visiting the same node in one walk share the computation. */
export function callInfo(node: ts.CallExpression): CallInfo {
  if (node !== lastNode) {
    const callee = calleeName(node);
    lastNode = node;
    lastInfo = { callee, last: callee === undefined ? undefined : lastOf(callee) };
  }
  return lastInfo;
}

/**
 * The last segment of a call's callee (what `callInfo(node).last` gives) without building the dotted
 * name when the callee is an identifier or a property access: the cheap first check of hot paths.
 */
export function callLast(node: ts.CallExpression): string | undefined {
  if (node === lastNode) return lastInfo.last;
  if (node !== lastNameNode) {
    const expr = node.expression;
    lastNameNode = node;
    if (ts.isIdentifier(expr)) lastName = expr.text;
    else if (ts.isPropertyAccessExpression(expr)) lastName = propertyNameText(expr.name);
    else lastName = callInfo(node).last;
  }
  return lastName;
}

/** `lastSegment` without its regex: the part after the last dot, one trailing `()` dropped. */
function lastOf(callee: string): string {
  const dot = callee.lastIndexOf(".");
  const last = dot < 0 ? callee : callee.slice(dot + 1);
  return last.endsWith("()") ? last.slice(0, -2) : last;
}
