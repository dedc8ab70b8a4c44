import { ts } from "ts-morph";
import { propertyNameText } from "../../engine/ast.js";

const MODE_WORDS = /^(?:yolo|accept[-_]?edits|bypass(?:[-_]?permissions)?|auto[-_]?edits?|auto[-_]?accept|dont[-_]?ask|full[-_]?auto|plan|read[-_]?only|suggest|ask|normal|default|auto|headless|manual|safe|strict)$/i;
const DISTINCT_MODE = /^(?:yolo|accept[-_]?edits|bypass(?:[-_]?permissions)?|auto[-_]?edits?|auto[-_]?accept|dont[-_]?ask|full[-_]?auto|plan|suggest)$/i;
const MODE_NAME = /mode|approval|permission|autonomy|autopilot/i;
const ALLOW = /^(?:allow(?:ed)?|allow_?(?:once|always)|permit(?:ted)?)$/i;
const DENY = /^(?:deny|denied|block(?:ed)?|forbid(?:den)?|disallow(?:ed)?)$/i;
const ASK = /^(?:ask(?:_?user)?|prompt|confirm|ask_?for_?approval)$/i;
const DECISION_NAME = /decision|permission|policy|approval|verdict|behaviou?r|result|action|outcome/i;

function enumMembers(node: ts.EnumDeclaration): string[] {
  const out: string[] = [];
  for (const m of node.members) {
    const name = propertyNameText(m.name);
    if (name) out.push(name);
    if (m.initializer && ts.isStringLiteralLike(m.initializer)) out.push(m.initializer.text);
  }
  return out;
}

function unionMembers(node: ts.TypeAliasDeclaration): string[] {
  const type = node.type;
  const parts = ts.isUnionTypeNode(type) ? type.types : [type];
  const out: string[] = [];
  for (const t of parts) if (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)) out.push(t.literal.text);
  return out;
}

/** A permission mode type (plan/default/acceptEdits/yolo) or an allow/deny/ask decision type, if the node is one. */
export function permissionTypeFact(
  node: ts.EnumDeclaration | ts.TypeAliasDeclaration,
): { kind: "mode-type" | "decision-type"; name: string; members: string[] } | undefined {
  const members = ts.isEnumDeclaration(node) ? enumMembers(node) : unionMembers(node);
  if (members.length < 2) return undefined;
  const name = node.name.text;
  const modes = members.filter((m) => MODE_WORDS.test(m));
  const distinct = members.filter((m) => DISTINCT_MODE.test(m));
  if ((MODE_NAME.test(name) && modes.length >= 2 && distinct.length >= 1) || distinct.length >= 2) {
    return { kind: "mode-type", name, members };
  }
  const allow = members.some((m) => ALLOW.test(m));
  const deny = members.some((m) => DENY.test(m));
  const ask = members.some((m) => ASK.test(m));
  if (allow && deny && (ask || DECISION_NAME.test(name))) return { kind: "decision-type", name, members };
  return undefined;
}
