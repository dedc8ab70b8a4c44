import { ts } from "ts-morph";
import { calleeName, enclosingFunction, findDescendant, functionName, lastSegment, objectProperty, propertyNameText } from "../../engine/ast.js";
import { defineAnalyzer, type FactBase } from "../../engine/analyzer.js";
import { calleeLast } from "./names.js";

/** How the agent's own output or work is checked. */
export interface OutputCheckFact extends FactBase {
  kind: "schema" | "guardrail" | "placeholder" | "post-edit";
  detail: string;
}

/** Calls that constrain the model's answer to a schema. */
const SCHEMA_CALLS = new Set(["generateObject", "streamObject", "withStructuredOutput", "zodResponseFormat", "zodTextFormat"]);
/** Options and fields that give an agent's final output a schema or an output guardrail. */
const OUTPUT_KEYS = new Set([
  "outputType",
  "outputGuardrails",
  "output_guardrails",
  "responseFormat",
  "response_format",
  "responseSchema",
  "responseJsonSchema",
  "outputConfig",
  "structuredOutput",
  "experimental_output",
]);
const GUARDRAIL_FN = /^(?:define|create)?OutputGuardrail|^(?:verify|validate|check)(?:Output|Result|Answer|Response|Edit|Edits|Changes|Work)$/;
/** detectOmissionPlaceholders, findLazyComments: lazy "... rest of code" output, not UI or template placeholders. */
const PLACEHOLDER_FN = /omission|omitted|elision|elided|lazy(?:Comment|Edit|Code|Output|Placeholder)/i;
const DIAGNOSTIC_CALL = /^(?:getDiagnostics|collectDiagnostics|runDiagnostics|runLint|lintFiles?|runLinter|typecheck|runTypecheck|runTests?|runChecks|validateEdit|test|visualTest|runTestCommand)$/;
const PARSE_CALL = /^(?:parse|safeParse|parseAsync|safeParseAsync)$/;
/** A schema for the agent's final answer (`outputSchema`, `task.resultSchema`), not for tool input. */
const OUTPUT_SCHEMA = /(?:^|\.)(?:output|result|response|answer|final\w*)Schema$/i;
const WRITE_CALL = /^(?:writeFile|writeFileSync|outputFile|outputFileSync|applyEdit|applyEdits|applyPatch|applyDiff|saveFile|writeTextFile)$/;
/** `lintAndFixCode(code)`: the model's code linted in the step that runs it. */
const LINT_CALL = /^lint(?:[A-Z]\w*)?$/;
const RUN_CALL = /^(?:exec|execSync|execFile|execFileSync|spawn|spawnSync|execa|runInContainer|runCode)$/;

/** Finds schemas on the model's final output, output guardrails, lazy-placeholder detection and checks run after edits. */
export const outputChecks = defineAnalyzer<OutputCheckFact>({
  name: "output-checks",
  description: "checks on the agent's output and work",
  kinds: [
    ts.SyntaxKind.CallExpression,
    ts.SyntaxKind.PropertyAssignment,
    ts.SyntaxKind.PropertyDeclaration,
    ts.SyntaxKind.FunctionDeclaration,
    ts.SyntaxKind.MethodDeclaration,
    ts.SyntaxKind.VariableDeclaration,
  ],
  visit(node, ctx) {
    const at = (): FactBase => ({ file: ctx.file.path, line: ctx.line(node) });
    if (ts.isCallExpression(node)) {
      const last = calleeLast(node);
      if (!last || !(SCHEMA_CALLS.has(last) || last === "object" || last === "array" || GUARDRAIL_FN.test(last) || DIAGNOSTIC_CALL.test(last) || PARSE_CALL.test(last) || LINT_CALL.test(last))) return;
      const callee = calleeName(node) ?? last;
      // task.outputSchema.safeParse(answer): the agent's final output is checked against its schema.
      if (PARSE_CALL.test(last)) {
        if (OUTPUT_SCHEMA.test(callee.slice(0, callee.lastIndexOf(".")))) ctx.emit({ ...at(), kind: "schema", detail: callee });
        return;
      }
      if (SCHEMA_CALLS.has(last) && hasSchemaArgument(node, last)) ctx.emit({ ...at(), kind: "schema", detail: callee });
      else if (callee === "Output.object" || callee === "Output.array") ctx.emit({ ...at(), kind: "schema", detail: callee });
      else if (GUARDRAIL_FN.test(last)) ctx.emit({ ...at(), kind: "guardrail", detail: callee });
      // A bare `test(options)` runs the tests; `pattern.test(text)` is a regex.
      else if (DIAGNOSTIC_CALL.test(last) && (last !== "test" || ts.isIdentifier(node.expression)) && writesInSameFunction(ctx.ancestors)) {
        ctx.emit({ ...at(), kind: "post-edit", detail: callee });
      } else if (LINT_CALL.test(last) && !DIAGNOSTIC_CALL.test(last) && writesInSameFunction(ctx.ancestors, RUN_CALL)) {
        ctx.emit({ ...at(), kind: "post-edit", detail: `${callee} before the code runs` });
      }
      return;
    }
    if (ts.isPropertyAssignment(node) || ts.isPropertyDeclaration(node)) {
      const key = propertyNameText(node.name);
      if (key && OUTPUT_KEYS.has(key) && node.initializer && !isEmptyValue(node.initializer)) {
        ctx.emit({ ...at(), kind: key.toLowerCase().includes("guardrail") ? "guardrail" : "schema", detail: key });
      }
      return;
    }
    const name = ts.isVariableDeclaration(node)
      ? ts.isIdentifier(node.name) && node.initializer && ts.isArrowFunction(node.initializer) ? node.name.text : undefined
      : functionName(node, undefined);
    if (!name) return;
    if (PLACEHOLDER_FN.test(name) && /^(?:detect|find|check|has|contains|reject|scan)/i.test(name)) ctx.emit({ ...at(), kind: "placeholder", detail: name });
  },
});

function hasSchemaArgument(call: ts.CallExpression, last: string): boolean {
  if (last !== "generateObject" && last !== "streamObject") return call.arguments.length > 0;
  const options = call.arguments[0];
  return options !== undefined && ts.isObjectLiteralExpression(options) && objectProperty(options, "schema") !== undefined;
}

function isEmptyValue(expr: ts.Expression): boolean {
  return (
    expr.kind === ts.SyntaxKind.UndefinedKeyword ||
    expr.kind === ts.SyntaxKind.NullKeyword ||
    (ts.isIdentifier(expr) && expr.text === "undefined") ||
    (ts.isArrayLiteralExpression(expr) && expr.elements.length === 0)
  );
}

/** Whether the function around a diagnostics call also writes files (or does what `also` names): checks run after edits. */
function writesInSameFunction(ancestors: readonly ts.Node[], also?: RegExp): boolean {
  const fn = enclosingFunction(ancestors);
  if (!fn?.body) return false;
  const acts = (name: string): boolean => WRITE_CALL.test(name) || (also?.test(name) ?? false);
  return findDescendant(fn.body, (n) => ts.isCallExpression(n) && acts(lastSegment(calleeName(n)) ?? "")) !== undefined;
}
