import type { ts } from "ts-morph";
import { calleeName, lastSegment } from "../../engine/ast.js";

/** A call's dotted callee and its last segment, computed once per node for all analyzers of a walk. */
export interface CallInfo {
  callee: string | undefined;
  last: string | undefined;
}

let lastNode: ts.CallExpression | undefined;
let lastInfo: CallInfo = { callee: undefined, last: undefined };

/** The callee of a call; analyzers visiting the same node in one walk share the computation. */
export function callInfo(node: ts.CallExpression): CallInfo {
  if (node !== lastNode) {
    const callee = calleeName(node);
    lastNode = node;
    lastInfo = { callee, last: lastSegment(callee) };
  }
  return lastInfo;
}
