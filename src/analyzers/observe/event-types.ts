import { ts } from "ts-morph";
import { objectProperty, propertyNameText, stringValue } from "../../engine/ast.js";
import { defineAnalyzer, type FactBase } from "../../engine/analyzer.js";
import { calleeLast, declaredName, isTagKey, membersVariant, objectTypeVariant } from "./names.js";

/** One variant of an event union: its literal tag and its other fields. */
export interface EventVariant {
  tag: string;
  fields: string[];
}

/** A typed-event declaration: a tagged object type, a union of them, or a typed emitter. */
export type EventTypeFact = FactBase &
  (
    | { kind: "variant"; name: string; variant: EventVariant }
    | { kind: "union"; name: string; inline: EventVariant[]; refs: string[] }
    | { kind: "emitter"; name: string }
    | { kind: "callbacks"; name: string; callbacks: string[] }
  );

const EMITTER_CLASS = /^(?:EventEmitter|TypedEmitter|TypedEventEmitter|Emittery|EventTarget|Emitter)$/;
const EMITTER_FACTORY = new Set(["mitt", "createNanoEvents", "createEmitter", "createEventEmitter"]);
const CALLBACK_NAME = /^on[A-Z]/;
/** Callbacks about the agent's work, not UI widgets (onSubmit, onClose). */
const AGENT_CALLBACK = /tool|step|chunk|finish|turn|token|stream|response|thought|agent|span|trace|usage|delta|message|event|approval|permission|compact/i;
const LISTEN_METHOD = new Set(["on", "once", "off", "emit", "addListener", "subscribe", "addEventListener"]);

/** String-literal unions of this file by name (`type TaskEventKind = "start" | "finish" | ...`). */
let literalUnions = new Map<string, string[]>();
/** Event interfaces whose tag is typed by a named alias: resolved against literalUnions when the file is done. */
let taggedByAlias: { line: number; name: string; alias: string; fields: string[] }[] = [];

/** Finds event unions keyed by a literal tag, tagged event classes, zod discriminated unions and typed emitters. */
export const eventTypes = defineAnalyzer<EventTypeFact>({
  name: "event-types",
  description: "typed event unions, tagged event types and typed emitters",
  kinds: [
    ts.SyntaxKind.TypeAliasDeclaration,
    ts.SyntaxKind.InterfaceDeclaration,
    ts.SyntaxKind.ClassDeclaration,
    ts.SyntaxKind.CallExpression,
    ts.SyntaxKind.NewExpression,
    ts.SyntaxKind.MethodDeclaration,
    ts.SyntaxKind.MethodSignature,
  ],
  enterFile() {
    literalUnions = new Map();
    taggedByAlias = [];
  },
  leaveFile(ctx) {
    // `interface TaskRunnerEvent { kind: TaskRunnerEventKind; task; runner }` with the kinds a literal union: one
    // event type whose variants are the literals, sharing the other fields.
    for (const t of taggedByAlias) {
      const tags = literalUnions.get(t.alias);
      if (!tags) continue;
      ctx.emit({ file: ctx.file.path, line: t.line, kind: "union", name: t.name, inline: tags.map((tag) => ({ tag, fields: t.fields })), refs: [] });
    }
  },
  visit(node, ctx) {
    const at = (): FactBase => ({ file: ctx.file.path, line: ctx.line(node) });
    if (ts.isTypeAliasDeclaration(node)) {
      const type = ts.isParenthesizedTypeNode(node.type) ? node.type.type : node.type;
      if (ts.isUnionTypeNode(type)) {
        const literals = type.types.flatMap((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? [t.literal.text] : []));
        if (literals.length >= 3 && literals.length === type.types.length) literalUnions.set(node.name.text, literals);
        const inline: EventVariant[] = [];
        const refs: string[] = [];
        for (const member of type.types) {
          const v = objectTypeVariant(member);
          if (v) inline.push(v);
          else if (ts.isTypeReferenceNode(member) && ts.isIdentifier(member.typeName)) refs.push(member.typeName.text);
        }
        if (inline.length + refs.length >= 2) ctx.emit({ ...at(), kind: "union", name: node.name.text, inline, refs });
        return;
      }
      const v = objectTypeVariant(type);
      if (v) ctx.emit({ ...at(), kind: "variant", name: node.name.text, variant: v });
      else if (ts.isTypeLiteralNode(type)) emitCallbacks(type.members, node.name.text, at, ctx.emit);
      return;
    }
    if (ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node)) {
      const v = membersVariant(node.members);
      const name = node.name?.text;
      if (v && name) ctx.emit({ ...at(), kind: "variant", name, variant: v });
      else if (name && EVENT_NAME.test(name)) noteAliasTag(node.members, name, ctx.line(node));
      if (ts.isInterfaceDeclaration(node)) emitCallbacks(node.members, node.name.text, at, ctx.emit);
      if (ts.isClassDeclaration(node) && name && (extendsTypedEmitter(node) || isTypedEventBus(node))) ctx.emit({ ...at(), kind: "emitter", name });
      return;
    }
    if (ts.isMethodDeclaration(node) || ts.isMethodSignature(node)) {
      const name = propertyNameText(node.name);
      if (name && LISTEN_METHOD.has(name) && node.typeParameters?.some(isKeyofConstraint)) {
        ctx.emit({ ...at(), kind: "emitter", name: declaredName(ctx.ancestors) ?? name });
      }
      return;
    }
    if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
      // Only calls with type arguments or a zod discriminatedUnion matter: check that before naming the callee.
      if (!node.typeArguments?.length && !(ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "discriminatedUnion")) return;
      const last = calleeLast(node);
      if (!last) return;
      if (node.typeArguments?.length && (EMITTER_FACTORY.has(last) || (ts.isNewExpression(node) && EMITTER_CLASS.test(last)))) {
        ctx.emit({ ...at(), kind: "emitter", name: declaredName(ctx.ancestors) ?? last });
        return;
      }
      if (ts.isCallExpression(node) && last === "discriminatedUnion") {
        const options = node.arguments[1];
        const inline = options && ts.isArrayLiteralExpression(options) ? options.elements.map(zodVariant) : [];
        const name = declaredName(ctx.ancestors) ?? "discriminatedUnion";
        ctx.emit({ ...at(), kind: "union", name, inline: inline.filter((v): v is EventVariant => v !== undefined), refs: [] });
      }
    }
  },
});

const EVENT_NAME = /Event$/;

function noteAliasTag(members: ts.NodeArray<ts.Node>, name: string, line: number): void {
  let alias: string | undefined;
  const fields: string[] = [];
  for (const m of members) {
    if (!ts.isPropertySignature(m) && !ts.isPropertyDeclaration(m)) continue;
    const key = propertyNameText(m.name);
    if (!key) continue;
    if (alias === undefined && isTagKey(key) && m.type && ts.isTypeReferenceNode(m.type) && ts.isIdentifier(m.type.typeName)) alias = m.type.typeName.text;
    else fields.push(key);
  }
  if (alias) taggedByAlias.push({ line, name, alias, fields });
}

/** Two or more typed `onX` callbacks in one declared type: a typed callback map (onToolCall, onStepFinish). */
function emitCallbacks(members: ts.NodeArray<ts.TypeElement>, name: string, at: () => FactBase, emit: (f: EventTypeFact) => void): void {
  const callbacks: string[] = [];
  for (const m of members) {
    const key = propertyNameText(m.name);
    if (!key || !CALLBACK_NAME.test(key)) continue;
    if (ts.isMethodSignature(m) || (ts.isPropertySignature(m) && m.type !== undefined && isFunctionType(m.type))) callbacks.push(key);
  }
  if (callbacks.length >= 2 && !/Props$/.test(name) && callbacks.some((c) => AGENT_CALLBACK.test(c))) emit({ ...at(), kind: "callbacks", name, callbacks });
}

function isFunctionType(type: ts.TypeNode): boolean {
  if (ts.isParenthesizedTypeNode(type)) return isFunctionType(type.type);
  if (ts.isUnionTypeNode(type)) return type.types.some(isFunctionType);
  return ts.isFunctionTypeNode(type);
}

function extendsTypedEmitter(node: ts.ClassDeclaration): boolean {
  for (const clause of node.heritageClauses ?? []) {
    for (const t of clause.types) {
      const name = calleeLike(t.expression);
      if (name && EMITTER_CLASS.test(name) && (t.typeArguments?.length ?? 0) > 0) return true;
    }
  }
  return false;
}

const EMIT_METHOD = new Set(["emit", "publish", "dispatch", "dispatchEvent"]);
const SUBSCRIBE_METHOD = new Set(["subscribe", "on", "addListener", "addEventListener", "listen"]);

/**
 * A hand-written event bus: `subscribe(type, callback)` plus `emit(event: AgentEvent)`, where the event
 * has a declared type (not a string name with untyped data).
 */
function isTypedEventBus(node: ts.ClassDeclaration): boolean {
  let emits = false;
  let subscribes = false;
  for (const m of node.members) {
    if (!ts.isMethodDeclaration(m)) continue;
    const name = propertyNameText(m.name) ?? "";
    if (SUBSCRIBE_METHOD.has(name)) subscribes = true;
    const type = m.parameters[0]?.type;
    if (EMIT_METHOD.has(name) && type && ts.isTypeReferenceNode(type)) emits = true;
  }
  return emits && subscribes;
}

function calleeLike(expr: ts.Expression): string | undefined {
  return ts.isIdentifier(expr) ? expr.text : ts.isPropertyAccessExpression(expr) ? expr.name.text : undefined;
}

function isKeyofConstraint(p: ts.TypeParameterDeclaration): boolean {
  const c = p.constraint;
  return c !== undefined && ts.isTypeOperatorNode(c) && c.operator === ts.SyntaxKind.KeyOfKeyword;
}

/** `z.object({ type: z.literal("x"), ...})` -> its tag and fields. */
function zodVariant(el: ts.Expression): EventVariant | undefined {
  if (!ts.isCallExpression(el)) return undefined;
  const shape = el.arguments[0];
  if (!shape || !ts.isObjectLiteralExpression(shape)) return undefined;
  let tag: string | undefined;
  const fields: string[] = [];
  for (const p of shape.properties) {
    const key = propertyNameText(p.name);
    if (!key) continue;
    const value = objectProperty(shape, key);
    if (tag === undefined && (key === "type" || key === "kind" || key === "event") && value && ts.isCallExpression(value)) {
      tag = stringValue(value.arguments[0]);
      if (tag !== undefined) continue;
    }
    fields.push(key);
  }
  return tag === undefined ? undefined : { tag, fields };
}
