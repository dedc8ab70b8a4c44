import { ts } from "ts-morph";
import { calleeName, enclosingClass, enclosingFunction, functionName, identifierWords, lastSegment } from "../../engine/ast.js";
import { callInfo, callLast } from "../common/call-info.js";
import { defineAnalyzer, type AnalyzerContext, type FactBase } from "../../engine/analyzer.js";
import { namesIn } from "./bounds.js";
import { contentOf, isSessionWords, wordsOf, type StateContent } from "./words.js";
import { sqlSessionRead, sqlSessionWrite, templateText } from "./sql-writes.js";
import { readsBack, readsMemoryOnly } from "./memory-only.js";
import { isOwnResumeFlag } from "./cli-flags.js";
import { fileWriteKind, isFsReceiver, isJsonLine, isJsonLinesHelper } from "./fs-writes.js";

/** A durable write, atomic step or read-back of session state. */
export interface SessionFact extends FactBase {
  kind: "write" | "journal" | "atomic" | "resume" | "checkpointer" | "snapshot";
  note: string;
  /** What the file's session code records beyond messages. */
  content: StateContent[];
}

const READS = new Set(["readFile", "readFileSync", "readJson", "readJSON", "readJsonSync", "createReadStream", "readLines"]);
const RESUME_VERBS = new Set(["load", "resume", "restore", "rehydrate", "hydrate", "replay", "continue", "deserialize", "reload", "reopen", "recover", "from"]);
const DURABLE_SAVERS = /^(?:Sqlite|Postgres|MongoDB|Mongo|Redis|Firestore|DynamoDB|File|Sql|MySql|Drizzle)(?:Saver|Checkpointer|CheckpointSaver)$/;

interface ReadEntry {
  line: number;
  parse: boolean;
  note: string;
  parent: ts.Node | undefined;
  args: { arg: ts.Expression | undefined; cls: string | undefined }[];
}

interface FileState {
  /** `words` name the writer and its target; `path` the file, which decides only when they say nothing either way. */
  writes: { line: number; note: string; jsonl: boolean; fn?: ts.Node; words: string[]; path: string[]; data: string[] }[];
  renames: { line: number; fn?: ts.Node; note: string }[];
  /** Per function: its reads, whose session words are worked out at the end, only where they matter. */
  reads: Map<ts.Node, ReadEntry>;
  names: Set<string>;
  /** Whether an SQL read of a session table was reported already (one per file is enough). */
  sqlRead: boolean;
}

let state: FileState = fresh();
/** Whether string literals of the file can say anything: CLI resume flags or SQL writes (INTO, UPDATE). */
let stringFacts = false;

function fresh(): FileState {
  return { writes: [], renames: [], reads: new Map(), names: new Set(), sqlRead: false };
}

/** Session persistence: durable writes of session state, journals, atomic renames, checkpointers and resume code. */
export const sessionFacts = defineAnalyzer<SessionFact>({
  name: "session-facts",
  description: "durable session writes, journals and resume",
  kinds: [
    ts.SyntaxKind.CallExpression,
    ts.SyntaxKind.NewExpression,
    ts.SyntaxKind.ClassDeclaration,
    ts.SyntaxKind.InterfaceDeclaration,
    ts.SyntaxKind.TypeAliasDeclaration,
    ts.SyntaxKind.MethodDeclaration,
    ts.SyntaxKind.FunctionDeclaration,
    ts.SyntaxKind.StringLiteral,
    ts.SyntaxKind.NoSubstitutionTemplateLiteral,
    ts.SyntaxKind.TemplateExpression,
  ],
  enterFile(ctx) {
    state = fresh();
    const text = ctx.file.text;
    stringFacts = text.includes("--resume") || text.includes("--continue") || text.includes("INTO") || text.includes("into") || text.includes("UPDATE") || text.includes("SELECT");
  },
  visit(node, ctx) {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (stringFacts) onString(node, node.text, ctx);
    } else if (ts.isTemplateExpression(node)) {
      if (stringFacts) onString(node, templateText(node), ctx);
    } else if (ts.isCallExpression(node)) onCall(node, ctx);
    else if (ts.isNewExpression(node)) onNew(node, ctx);
    else if (ts.isClassDeclaration(node)) onClass(node, ctx);
    else if ((ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && node.name) state.names.add(node.name.text);
    else if ((ts.isMethodDeclaration(node) || ts.isFunctionDeclaration(node)) && node.name && ts.isIdentifier(node.name)) {
      state.names.add(node.name.text);
      if (node.body) onResumeNamed(node.name.text, node, ctx);
    }
  },
  leaveFile(ctx) {
    emitFile(ctx);
  },
});

function contextWords(ctx: AnalyzerContext<SessionFact>): { fn?: ts.Node; words: string[] } {
  const fn = enclosingFunction(ctx.ancestors);
  const parent = fn ? ctx.ancestors[ctx.ancestors.indexOf(fn) - 1] : undefined;
  const cls = enclosingClass(ctx.ancestors);
  return { fn, words: wordsOf(fn ? functionName(fn, parent) : undefined, cls?.name?.text) };
}

function argWords(arg: ts.Expression | undefined): string[] {
  if (!arg) return [];
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (out.length > 40) return;
    if (ts.isStringLiteralLike(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) out.push(...identifierWords(n.text));
    else if (ts.isIdentifier(n)) out.push(...identifierWords(n.text));
    ts.forEachChild(n, visit);
  };
  visit(arg);
  return out;
}

/** Database handles whose `.transaction(fn)` makes a group of writes atomic (better-sqlite3, bun:sqlite, knex, Prisma). */
const DB_RECEIVER = /(?:^|\.)(?:db|database|sqlite|conn|connection|knex|prisma|client|this\.db)$/i;

const SQL_STATEMENT = /\b(?:INSERT|UPDATE|DELETE|REPLACE)\b/;
const RENAMES = new Set(["rename", "renameSync", "fsync", "fsyncSync", "fdatasync", "fdatasyncSync"]);
const ROW_CREATES = new Set(["create", "createMany", "upsert"]);

/** Dispatches on the callee's last name first, so most calls cost one set lookup. */
function onCall(node: ts.CallExpression, ctx: AnalyzerContext<SessionFact>): void {
  const last = callLast(node);
  if (!last) return;
  const write = fileWriteKind(last);
  if (write) onWrite(node, last, write === "fs", ctx);
  else if (RENAMES.has(last)) onRename(node, last, ctx);
  else if (READS.has(last) || last === "parse") onRead(node, last, ctx);
  else if (last === "insert") {
    if (node.arguments[0] && isSessionWords(namesIn(node.arguments[0], 3).flatMap(identifierWords))) {
      emitFact(ctx, node, "journal", `inserts rows into ${ctx.text(node.arguments[0]).slice(0, 30)}: each committed atomically`);
    }
  } else if (last === "transaction" && DB_RECEIVER.test(receiverOf(node))) {
    emitFact(ctx, node, "atomic", `${callInfo(node).callee ?? last}: writes commit together in a database transaction`);
  } else if (last === "batch" && DB_RECEIVER.test(receiverOf(node)) && node.arguments[0] && SQL_STATEMENT.test(ctx.text(node.arguments[0]))) {
    // libSQL's and D1's batch([...statements]) runs the statements in one transaction.
    emitFact(ctx, node, "atomic", `${callInfo(node).callee ?? last}: SQL statements commit together in one batch transaction`);
  } else if (ROW_CREATES.has(last)) {
    const callee = callInfo(node).callee ?? "";
    const segments = callee.split(".");
    if (segments.length >= 3 && /prisma|db/i.test(segments[0] ?? "")) {
      const model = segments[segments.length - 2] ?? "";
      if (isSessionWords(identifierWords(model))) emitFact(ctx, node, last === "upsert" ? "write" : "journal", `${callee} stores session rows`);
    }
  }
}

function receiverOf(node: ts.CallExpression): string {
  const callee = callInfo(node).callee ?? "";
  return callee.includes(".") ? callee.slice(0, callee.lastIndexOf(".")) : "";
}

function onWrite(node: ts.CallExpression, last: string, fsOnly: boolean, ctx: AnalyzerContext<SessionFact>): void {
  const receiver = receiverOf(node);
  if (fsOnly && receiver !== "" && !isFsReceiver(receiver)) return;
  const line = ctx.line(node);
  const { fn, words } = contextWords(ctx);
  const target = argWords(node.arguments[0]);
  // Debug artefacts (`${debugDir}/msgs.json`) are written for a person to read, not to resume from.
  if (target.includes("debug")) return;
  const data = node.arguments[1];
  const jsonl = isJsonLinesHelper(last) || (/append/i.test(last) && data !== undefined && isJsonLine(data, fn));
  const note = `${last}(${ctx.text(node.arguments[0] ?? node).slice(0, 40)})`;
  state.writes.push({ line, note, jsonl, fn, words: [...words, ...target], path: ctx.file.path.split(/[/._-]/), data: argWords(data) });
  if (/Atomic/.test(last)) state.renames.push({ line, fn, note: `${last} writes atomically` });
}

function onRename(node: ts.CallExpression, last: string, ctx: AnalyzerContext<SessionFact>): void {
  const receiver = receiverOf(node);
  if (receiver !== "" && !isFsReceiver(receiver) && !/handle|fd|file/i.test(receiver)) return;
  state.renames.push({ line: ctx.line(node), fn: enclosingFunction(ctx.ancestors), note: `${last} after writing` });
}

function onRead(node: ts.CallExpression, last: string, ctx: AnalyzerContext<SessionFact>): void {
  const parse = last === "parse";
  if (parse && callInfo(node).callee !== "JSON.parse") return;
  const a = ctx.ancestors;
  const fn = enclosingFunction(a);
  if (!fn) return;
  let entry = state.reads.get(fn);
  if (!entry) {
    entry = { line: ctx.line(node), parse: false, note: "", parent: a[a.indexOf(fn) - 1], args: [] };
    state.reads.set(fn, entry);
  }
  if (parse) entry.parse = true;
  else {
    entry.line = ctx.line(node);
    entry.note = `${last}(${ctx.text(node.arguments[0] ?? node).slice(0, 40)})`;
    entry.args.push({ arg: node.arguments[0], cls: enclosingClass(a)?.name?.text });
  }
}

/** Whether one of a function's reads names session state (its name, its class or what it reads). */
function readsSession(fn: ts.Node, r: ReadEntry): boolean {
  const name = functionName(fn, r.parent);
  return r.args.some(({ arg, cls }) => isSessionWords([...wordsOf(name, cls), ...argWords(arg)]));
}

function onNew(node: ts.NewExpression, ctx: AnalyzerContext<SessionFact>): void {
  const name = lastSegment(calleeName(node));
  if (name && DURABLE_SAVERS.test(name)) emitFact(ctx, node, "checkpointer", `durable checkpointer ${name}`, ["checkpoint"]);
}

function onClass(node: ts.ClassDeclaration, ctx: AnalyzerContext<SessionFact>): void {
  const name = node.name?.text;
  if (name) state.names.add(name);
  const base = node.heritageClauses?.flatMap((h) => h.types.map((t) => ctx.text(t.expression))) ?? [];
  if (base.some((b) => /(?:^|\.)BaseCheckpointSaver$/.test(b)) && !/Memory/.test(name ?? "")) {
    emitFact(ctx, node, "checkpointer", `${name ?? "class"} extends BaseCheckpointSaver`, ["checkpoint"]);
  }
  const methods = new Set(node.members.map((m) => (m.name && ts.isIdentifier(m.name) ? m.name.text : "")));
  const inMemory = /Memory/.test(name ?? "");
  if (methods.has("getItems") && methods.has("addItems") && !inMemory) {
    // The Session shape (openai-agents) only appends items and pops the last: an append-only log.
    emitFact(ctx, node, "journal", `${name ?? "class"} implements an append-only session store (getItems/addItems)`);
  }
  const ownerWords = wordsOf(name);
  const stateful = isSessionWords(ownerWords) || (ownerWords.includes("run") && ownerWords.includes("state"));
  const toJSON = stateful ? node.members.find((m) => ts.isMethodDeclaration(m) && m.name && ts.isIdentifier(m.name) && m.name.text === "toJSON") : undefined;
  if (toJSON && ts.isMethodDeclaration(toJSON) && toJSON.body) {
    const content = [...contentOf(namesIn(toJSON.body, 400).flatMap((n) => identifierWords(n)))];
    if (content.length > 0) emitFact(ctx, toJSON, "snapshot", `${name ?? "class"}.toJSON serialises ${content.join(", ")}`, content);
  }
  if (methods.has("getTuple") && methods.has("put")) emitFact(ctx, node, "resume", `${name ?? "class"} reads checkpoints back (getTuple)`, ["checkpoint"]);
}

const MAYBE_RESUME = /^(?:load|resume|restore|rehydrate|hydrate|replay|continue|deserialize|reload|reopen|recover|from)/i;

/** `loadSession`, `resumeConversation`, `RunState.fromString`: a declared read-back of saved state. */
function onResumeNamed(name: string, node: ts.Node, ctx: AnalyzerContext<SessionFact>): void {
  if (!MAYBE_RESUME.test(name)) return;
  const words = identifierWords(name);
  if (!RESUME_VERBS.has(words[0] ?? "")) return;
  const cls = ts.isMethodDeclaration(node) ? enclosingClass(ctx.ancestors)?.name?.text : undefined;
  const owner = [...words, ...wordsOf(cls)];
  const runState = owner.includes("run") && owner.includes("state");
  if (!runState && !isSessionWords(owner)) return;
  if (words[0] === "from" && !runState && !isSessionWords(wordsOf(cls))) return;
  const body = ts.isMethodDeclaration(node) || ts.isFunctionDeclaration(node) ? node.body : undefined;
  if (body && (readsMemoryOnly(body) || (words[0] === "continue" && !readsBack(body)))) return;
  emitFact(ctx, node, "resume", `${cls ? `${cls}.` : ""}${name} restores saved state`);
}

function onString(node: ts.Node, text: string, ctx: AnalyzerContext<SessionFact>): void {
  if (text === "--resume" || text === "--continue") {
    if (isOwnResumeFlag(ctx.ancestors)) emitFact(ctx, node, "resume", `CLI flag ${text}`);
    return;
  }
  const w = sqlSessionWrite(text);
  if (w) emitFact(ctx, node, w.kind, w.note, w.content);
  const read = state.sqlRead ? undefined : sqlSessionRead(text);
  if (read) {
    state.sqlRead = true;
    emitFact(ctx, node, "resume", `SQL query reads saved ${read} back`);
  }
}

function emitFact(ctx: AnalyzerContext<SessionFact>, node: ts.Node, kind: SessionFact["kind"], note: string, content: StateContent[] = []): void {
  ctx.emit({ file: ctx.file.path, line: ctx.line(node), kind, note, content });
}

function emitFile(ctx: AnalyzerContext<SessionFact>): void {
  const file = ctx.file.path;
  // A JSON line appended per message is a transcript journal whatever its owner is called (`JsonlLogger.addMessage`).
  const sessionWrites = state.writes.filter((w) => {
    const all = [...w.words, ...w.path];
    return isSessionWords(w.words) || isSessionWords(all) || (w.jsonl && w.data.includes("message") && isSessionWords(["session", ...all]));
  });
  const content = sessionWrites.length > 0 || state.reads.size > 0 ? [...contentOf(wordsOf(...state.names))] : [];
  for (const w of sessionWrites.slice(0, 4)) {
    const written = [...new Set([...content, ...contentOf(w.data)])];
    ctx.emit({ file, line: w.line, kind: w.jsonl ? "journal" : "write", note: w.jsonl ? `JSONL append: ${w.note}` : w.note, content: written });
  }
  if (sessionWrites.length > 0) {
    for (const r of state.renames.slice(0, 2)) ctx.emit({ file, line: r.line, kind: "atomic", note: r.note, content });
  }
  for (const [fn, r] of state.reads) {
    if (!r.note) continue;
    const name = wordsOf(...fnName(fn));
    const resumeNamed = name.some((w) => RESUME_VERBS.has(w));
    if ((r.parse || resumeNamed) && readsSession(fn, r)) ctx.emit({ file, line: r.line, kind: "resume", note: `reads saved session back: ${r.note}`, content });
  }
}

function fnName(fn: ts.Node): string[] {
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name && ts.isIdentifier(fn.name)) return [fn.name.text];
  return [];
}
