import { ts } from "ts-morph";
import { calleeName, enclosingClass, enclosingFunction, functionName } from "../../engine/ast.js";
import { defineAnalyzer, type FactBase } from "../../engine/analyzer.js";
import { isModelCallName } from "./model-call-names.js";

/** A call that reaches a language model. */
export interface ModelCallFact extends FactBase {
  callee: string;
  /** Name of the function or method that makes the call, if it has one. */
  inFunction?: string;
  inClass?: string;
}

/** Finds calls to language models (SDK namespaces, known helper names, model-client receivers). */
export const modelCalls = defineAnalyzer<ModelCallFact>({
  name: "model-calls",
  description: "calls to language models",
  kinds: [ts.SyntaxKind.CallExpression],
  visit(node, ctx) {
    if (!ts.isCallExpression(node)) return;
    const callee = calleeName(node);
    if (!callee || !isModelCallName(callee)) return;
    const fn = enclosingFunction(ctx.ancestors);
    const parent = fn ? ctx.ancestors[ctx.ancestors.indexOf(fn) - 1] : undefined;
    const cls = enclosingClass(ctx.ancestors);
    ctx.emit({
      file: ctx.file.path,
      line: ctx.line(node),
      callee,
      inFunction: fn ? functionName(fn, parent) : undefined,
      inClass: cls?.name?.text,
    });
  },
});
