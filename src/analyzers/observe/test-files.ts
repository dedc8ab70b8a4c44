import { ts } from "ts-morph";
import { calleeName, findDescendant, lastSegment, stringValue } from "../../engine/ast.js";
import { defineAnalyzer, type Analyzer, type FactBase } from "../../engine/analyzer.js";
import { calleeLast } from "./names.js";

/** One test file: whether it tests guardrail code, and how many of its assertions expect a denial or a limit. */
export interface TestFileFact extends FactBase {
  /** Imported modules or names (or the file's own name) that are permission, policy, budget or loop code. */
  subjects: string[];
  /** Assertions that expect a denial, a thrown limit, or a guard's verdict. */
  denials: number;
}

/** Names of guardrail code: permissions, policies, sandboxes, shell safety, budgets and limits. */
const GUARD_SUBJECT =
  /permission|polic(?:y|ies)|approv|sandbox|guardrail|shell[-_]?(?:safety|pars|check|util|valid|classif)|command[-_]?(?:safety|injection|pars|valid|classif|check)|budget|limit|max[-_]?turns|loop[-_]?detect|safety|security|allow[-_]?list|deny[-_]?list|block[-_]?list|path[-_]?(?:guard|valid|contain)|trust|compaction|compress|hook/i;
/** A test title that says the code refuses something risky (`it("should block dangerous command")`), not a promise that rejects. */
const DENIAL_WORDS = String.raw`(?:(?:block|den(?:y|ies|ied)|reject|refus|disallow|forbid|prevent)(?:s|ed|es|ing)?\s+(?:[\w-]+\s+){0,3}?(?:dangerous|unsafe|destructive|risky|malicious|commands?|shell|injection|traversal|sudo)\b|(?:dangerous|unsafe|destructive|malicious)\s+(?:commands?|operations?|code)\b|command injection|path traversal|requires? (?:approval|confirmation)|without (?:approval|permission))`;
/** The title of each `it("...")` / `test("...")` in a text, up to its first quote or line end. */
const TEST_TITLE = /\b(?:it|test)\s*\(\s*["'`]([^"'`\n]*)/g;
const TEST_TITLE_AT_START = /^(?:it|test)\s*\(\s*["'`]([^"'`\n]*)/;
const DENIAL_IN_TITLE = new RegExp(String.raw`\b${DENIAL_WORDS}`, "i");
/** A test title about a run limit (`it("stops when tool-call steps reach max step limit")`), with a verb of stopping or holding to it. */
const LIMIT_IN_TITLE =
  /max(?:imum)?[\s_-]*(?:steps?|turns?|iterations?|loops?|rounds?|tool[\s_-]*calls?|depth)\b|\b(?:step|turn|iteration|loop|round|token|cost|spend|recursion|depth)[\s_-]*(?:limit|budget|cap)s?\b|\bbudget\b|\bstepCountIs\b/i;
const LIMIT_VERB = /\b(?:stop|halt|end|abort|terminat|exit|throw|enforc|respect|exceed|reach|hit|prevent|bound|cut)\w*/i;

/** The guardrail phrase of a test title: a refusal, or a limit the run stops at. */
function guardrailPhrase(title: string): string | undefined {
  const denial = DENIAL_IN_TITLE.exec(title)?.[0];
  if (denial) return denial;
  const limit = LIMIT_IN_TITLE.exec(title)?.[0];
  return limit && LIMIT_VERB.test(title) ? limit : undefined;
}

/** Whether any test in a text has a denial title; the tree check (`denialTitle`) reads the same title at a call. */
function hasDenialTest(text: string): boolean {
  for (const m of text.matchAll(TEST_TITLE)) if (guardrailPhrase(m[1] ?? "")) return true;
  return false;
}

/** The denial phrase of the `it`/`test` call that starts a text, if its title has one. */
function denialTitle(callText: string): string | undefined {
  const title = TEST_TITLE_AT_START.exec(callText)?.[1];
  return title === undefined ? undefined : guardrailPhrase(title);
}

/** Error codes of a refusal (`"DANGEROUS_COMMAND"`, `"PERMISSION_DENIED"`). */
const DENY_CODE = /^(?:[A-Z0-9]+_)*(?:DENIED|BLOCKED|FORBIDDEN|DANGEROUS|UNSAFE|REJECTED|NOT_ALLOWED|DISALLOWED|REFUSED)(?:_[A-Z0-9]+)*$/;
/** Literal verdicts a guardrail test expects. */
const DENY_LITERAL = /^(?:deny|denied|ask|ask_user|block|blocked|reject|rejected|forbidden|not_allowed|disallowed|prompt)$/i;
/** Guard calls whose boolean verdict an assertion checks. */
const GUARD_CALL = /allow|permit|safe|sandbox|approv|deny|denied|block|dangerous|canUse|checkPermission|check(?:Command|Path|Shell)|classify|decide|evaluate|validate(?:Command|Path)|inside|within|limit|exceed|budget|needs/i;
const THROW_ASSERT = new Set(["toThrow", "toThrowError", "rejects", "throws", "throwsAsync", "toThrowErrorMatchingInlineSnapshot"]);
const BOOLEAN_ASSERT = new Set(["true", "false", "ok", "notOk", "toBeTruthy", "toBeFalsy"]);
const VALUE_ASSERT = new Set(["toBe", "toEqual", "toStrictEqual", "toMatchObject", "is", "deepEqual", "equal", "strictEqual", "true", "false", "ok", "notOk", "toBeTruthy", "toBeFalsy", "toContain"]);

/** Reads test files: what guardrail code they import, and whether they assert denials and limits. */
export const testFiles = defineAnalyzer<TestFileFact>({
  name: "test-files",
  description: "test files and the guardrail assertions in them",
  roles: ["test"],
  kinds: [ts.SyntaxKind.ImportDeclaration, ts.SyntaxKind.CallExpression],
  // Most test files test something else: when neither the file's name nor its imports name guardrail
  // code, its subjects are empty whatever it asserts, so it only counts as a test and is not parsed.
  needsTree: (file) => GUARD_SUBJECT.test(baseName(file.path)) || importsMayName(file.text, GUARD_SUBJECT) || hasDenialTest(file.text),
  unparsed: (ctx) => ctx.emit(untested(ctx.file.path)),
  ...perFile(),
});

function untested(file: string): TestFileFact {
  return { file, line: 1, subjects: [], denials: 0 };
}

function baseName(path: string): string {
  return path.split("/").pop() ?? "";
}

/** From each `import` to the end of the first string after it: the clause and the module of an import declaration. */
const IMPORT_SPAN = /\bimport\b([^'"`]*)(['"])([^'"\n]*)\2/g;

/**
 * Whether some import declaration may name something matching `pattern` (a superset: dynamic imports
 * and `import` in comments are read too; a comment inside an import clause counts as a match).
 */
export function importsMayName(text: string, pattern: RegExp): boolean {
  for (const m of text.matchAll(IMPORT_SPAN)) {
    const clause = m[1] ?? "";
    if (clause.includes("/*") || clause.includes("//") || pattern.test(clause) || pattern.test(m[3] ?? "")) return true;
  }
  return false;
}

function perFile(): Pick<Analyzer<TestFileFact>, "visit" | "enterFile" | "leaveFile"> {
  let subjects: string[] = [];
  let denials = 0;
  let firstLine = 0;
  return {
    enterFile(ctx) {
      const base = baseName(ctx.file.path);
      subjects = GUARD_SUBJECT.test(base) ? [base] : [];
      denials = 0;
      firstLine = 0;
    },
    leaveFile(ctx) {
      // Denials count only in tests of guardrail code; without a subject the file is just a test (as when unparsed).
      ctx.emit(subjects.length > 0 ? { file: ctx.file.path, line: firstLine || 1, subjects, denials } : untested(ctx.file.path));
    },
    visit(node, ctx) {
      if (ts.isImportDeclaration(node)) {
        const from = stringValue(node.moduleSpecifier) ?? "";
        if (!from.startsWith(".") && !from.startsWith("@/") && !from.includes("/src/")) return;
        const names = importedNames(node);
        const hit = GUARD_SUBJECT.test(from) ? from : names.find((n) => GUARD_SUBJECT.test(n));
        if (hit) subjects.push(hit);
        return;
      }
      if (!ts.isCallExpression(node)) return;
      if (ts.isIdentifier(node.expression) && (node.expression.text === "it" || node.expression.text === "test")) {
        const phrase = denialTitle(ctx.file.text.slice(node.getStart(ctx.sourceFile), node.end));
        if (phrase && subjects.length < 5) subjects.push(`test "…${phrase}…"`);
        return;
      }
      if (!isDenialAssertion(node, inDenialTest(ctx.ancestors, ctx.sourceFile))) return;
      denials++;
      if (firstLine === 0) firstLine = ctx.line(node);
    },
  };
}

function importedNames(node: ts.ImportDeclaration): string[] {
  const clause = node.importClause;
  if (!clause) return [];
  const names = clause.name ? [clause.name.text] : [];
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) names.push(el.name.text);
  return names;
}

/** expect(x).toBe("deny"), expect(fn).toThrow(), t.false(isSafe(cmd)), assert.equal(decide(c).decision, "ask") ... */
/** Whether the innermost `it`/`test` around a node has a denial title. */
function inDenialTest(ancestors: readonly ts.Node[], sf: ts.SourceFile): boolean {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const n = ancestors[i];
    if (n && ts.isCallExpression(n) && ts.isIdentifier(n.expression) && (n.expression.text === "it" || n.expression.text === "test")) {
      return denialTitle(sf.text.slice(n.getStart(sf), n.end)) !== undefined;
    }
  }
  return false;
}

function isDenialAssertion(call: ts.CallExpression, denialTest = false): boolean {
  const last = calleeLast(call);
  if (!last || !(THROW_ASSERT.has(last) || VALUE_ASSERT.has(last))) return false;
  // Most assertions compare ordinary values: decide from the arguments before building the callee's name.
  const throws = THROW_ASSERT.has(last);
  // In `it("should reject dangerous container ids")` whatever is asserted is the refusal (an error result, a message).
  if (denialTest && VALUE_ASSERT.has(last)) return !(calleeName(call) ?? ".not.").includes(".not.");
  const denies = !throws && call.arguments.some(isDenyValue);
  // A guard's boolean verdict (isDangerous -> true, isAllowed -> false); a string verdict must be a denial.
  const boolean = !throws && !denies && (BOOLEAN_ASSERT.has(last) || call.arguments.some((a) => a.kind === ts.SyntaxKind.TrueKeyword || a.kind === ts.SyntaxKind.FalseKeyword));
  if (!throws && !denies && !boolean) return false;
  const callee = calleeName(call);
  if (!callee || callee.includes(".not.")) return false;
  if (throws || denies) return true;
  // `expect(result.success).toBe(false)` in `it("should block dangerous command")`: the title names the guard.
  if (denialTest && (last === "toBeFalsy" || last === "false" || last === "notOk" || call.arguments.some((a) => a.kind === ts.SyntaxKind.FalseKeyword))) return true;
  const subject = assertionSubject(call, callee);
  return subject !== undefined && findDescendant(subject, (n) => ts.isCallExpression(n) && GUARD_CALL.test(lastSegment(calleeName(n)) ?? "")) !== undefined;
}

function isDenyValue(arg: ts.Expression): boolean {
  const text = stringValue(arg);
  // A marker put in place of refused content (`"[BLOCKED_OVERRIDE_ATTEMPT]"`) is a refusal code in brackets.
  if (text !== undefined) return DENY_LITERAL.test(text) || DENY_CODE.test(text.replace(/^[[<(]([A-Z0-9_]+)[\]>)]$/, "$1"));
  if (ts.isPropertyAccessExpression(arg)) return /^(?:deny|denied|ask|ask_?user|block|blocked|reject|rejected)$/i.test(arg.name.text);
  if (ts.isObjectLiteralExpression(arg)) return findDescendant(arg, (n) => ts.isExpression(n) && n !== arg && isDenyValue(n)) !== undefined;
  return false;
}

/** The value under test: the argument of `expect(...)`, or the first argument of `t.is` / `assert.equal`. */
function assertionSubject(call: ts.CallExpression, callee: string): ts.Node | undefined {
  if (ts.isPropertyAccessExpression(call.expression)) {
    const expectCall = findDescendant(call.expression.expression, (n) => ts.isCallExpression(n) && calleeName(n) === "expect");
    if (expectCall && ts.isCallExpression(expectCall)) return expectCall.arguments[0];
  }
  if (/^(?:t|assert|assert\.strict)\./.test(callee)) return call.arguments[0];
  return undefined;
}
