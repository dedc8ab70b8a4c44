import { ts } from "ts-morph";
import { propertyNameText } from "../../engine/ast.js";
import { isStoryFile } from "../../loader/classify.js";

/** Paths whose code is illustration, not the product: examples, demos, samples, docs, cookbooks. */
const EXAMPLE_PATH = /(?:^|\/)(?:examples?|demos?|samples?|docs?|cookbooks?|playgrounds?|templates?|fixtures?)\//i;

/** Test support, scripts and benchmarks shipped beside the product but not part of it. */
const SUPPORT_PATH = /(?:^|\/)(?:test-?utils?|test-?helpers?|testing|__mocks__|mocks?|benchmarks?|bench|scripts)\//i;

/** Type-level tests (vitest/tsd `*.test-d.ts`) are not classified as tests by the loader. */
const TYPE_TEST = /\.test-d\.[cm]?tsx?$/;

/** Whether a file path lies under an examples/demo/docs folder. */
export function isExamplePath(path: string): boolean {
  return EXAMPLE_PATH.test(path);
}

/** Whether a file is outside the product: examples, docs, test support, scripts. */
export function outsideProduct(path: string): boolean {
  return EXAMPLE_PATH.test(path) || SUPPORT_PATH.test(path) || TYPE_TEST.test(path) || isStoryFile(path);
}

/** Words that mark a record as being about a decision: permission, routing, compaction, guardrails. */
export const DECISION_WORDS = /permission|approv|denied|deny|decision|verdict|compact|compress|handoff|hand_off|guardrail|routing|route[ds]?\b|blocked|policy|escalat/i;

/** Property names that discriminate the variants of an event union. */
const TAG_KEYS = new Set(["type", "kind", "event", "eventType", "event_type", "event.name", "eventName"]);
/** Qualified tags: `logType: "AgentStatusUpdate"`, `chunk_kind: "delta"`. */
const TAG_KEY_SUFFIX = /^[a-z][A-Za-z]*(?:Type|Kind)$|^[a-z]+_(?:type|kind)$/;

/** Whether a property name discriminates event variants (`type`, `kind`, `logType`, `event_kind`). */
export function isTagKey(key: string): boolean {
  return TAG_KEYS.has(key) || TAG_KEY_SUFFIX.test(key);
}

/** The literal tag of a discriminant property (`type: 'x'`, `type: Enum.X`, `readonly type = 'x'`). */
export function discriminantTag(member: ts.Node): string | undefined {
  if (!(ts.isPropertySignature(member) || ts.isPropertyDeclaration(member))) return undefined;
  const key = propertyNameText(member.name);
  if (!key || !isTagKey(key)) return undefined;
  const fromType = member.type ? literalTypeText(member.type) : undefined;
  if (fromType) return fromType;
  if (ts.isPropertyDeclaration(member) && member.initializer) return literalValueText(member.initializer);
  return undefined;
}

function literalTypeText(type: ts.TypeNode): string | undefined {
  if (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) return type.literal.text;
  if (ts.isTypeReferenceNode(type) && ts.isQualifiedName(type.typeName)) return type.typeName.right.text;
  return undefined;
}

function literalValueText(expr: ts.Expression): string | undefined {
  let e: ts.Expression = expr;
  while (ts.isAsExpression(e) || ts.isParenthesizedExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  if (ts.isStringLiteralLike(e)) return e.text;
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression)) return e.name.text;
  return undefined;
}

/** Tag and other field names of an object type written inline (literal, intersection, or parenthesized). */
export function objectTypeVariant(type: ts.TypeNode): { tag: string; fields: string[] } | undefined {
  if (ts.isParenthesizedTypeNode(type)) return objectTypeVariant(type.type);
  if (ts.isIntersectionTypeNode(type)) {
    for (const part of type.types) {
      const v = objectTypeVariant(part);
      if (v) return v;
    }
    return undefined;
  }
  if (!ts.isTypeLiteralNode(type)) return undefined;
  return membersVariant(type.members);
}

/** Tag and other field names of a list of interface, type literal or class members. */
export function membersVariant(members: ts.NodeArray<ts.Node>): { tag: string; fields: string[] } | undefined {
  let tag: string | undefined;
  const fields: string[] = [];
  for (const m of members) {
    const t = discriminantTag(m);
    if (t !== undefined && tag === undefined) {
      tag = t;
      continue;
    }
    if (ts.isPropertySignature(m) || ts.isPropertyDeclaration(m)) {
      const name = propertyNameText(m.name);
      if (name) fields.push(name);
    }
  }
  return tag === undefined ? undefined : { tag, fields };
}

/**
 * Last name of a call's callee (`create` for `client.messages.create(...)`) without building the dotted name:
 * a cheap filter that runs on every call before any costlier check.
 */
export function calleeLast(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return ts.isIdentifier(e.name) ? e.name.text : undefined;
  return undefined;
}

/** Last name of an identifier or property access (`depth` for `this.depth`), without allocation. */
export function lastName(expr: ts.Expression): string | undefined {
  if (ts.isIdentifier(expr)) return expr.text;
  if (ts.isPropertyAccessExpression(expr) && ts.isIdentifier(expr.name)) return expr.name.text;
  return undefined;
}

/** Name of the type alias, interface, class or variable that a node is declared in, if any. */
export function declaredName(ancestors: readonly ts.Node[]): string | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i];
    if (!a) continue;
    if ((ts.isTypeAliasDeclaration(a) || ts.isInterfaceDeclaration(a) || ts.isClassDeclaration(a)) && a.name) return a.name.text;
    if (ts.isVariableDeclaration(a) && ts.isIdentifier(a.name)) return a.name.text;
  }
  return undefined;
}
