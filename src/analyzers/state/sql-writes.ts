import { ts } from "ts-morph";
import { identifierWords } from "../../engine/ast.js";
import { contentOf, isSessionWords, type StateContent } from "./words.js";

const SQL_WRITE = /\b(?:INSERT\s+(?:OR\s+[A-Z]+\s+)?INTO|REPLACE\s+INTO|insert\s+into)\s+["'`[]?(\w+)|\bUPDATE\s+["'`[]?(\w+)["'`\]]?\s+SET\b/;

/** A template's text with each substitution spelled as its identifier: `INSERT INTO ${messagesTable}` -> `INSERT INTO messagesTable`. */
export function templateText(node: ts.TemplateExpression): string {
  let text = node.head.text;
  for (const span of node.templateSpans) {
    const e = span.expression;
    text += (ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : "x") + span.literal.text;
  }
  return text;
}

/** What an SQL statement writes to a session table, if it does: a journal row (INSERT) or a rewrite (UPDATE). */
export function sqlSessionWrite(text: string): { kind: "journal" | "write"; note: string; content: StateContent[] } | undefined {
  if (text.length < 12 || text.length > 2000 || !/INTO|SET|into/.test(text)) return undefined;
  const m = SQL_WRITE.exec(text);
  const table = m?.[1] ?? m?.[2];
  if (!table) return undefined;
  // Rows of a session table, or of what a session records beside messages (usage_events, tool_calls).
  const words = identifierWords(table);
  const content = [...contentOf(words)];
  if (!isSessionWords(words) && content.length === 0) return undefined;
  // An INSERT appends a row that commits on its own: rows of a session table are a journal, not a rewrite.
  // Usage counters alone (tokens_generated) are telemetry rows, not a journal of the session.
  const appends = m?.[1] !== undefined && (isSessionWords(words) || content.some((c) => c !== "usage"));
  return appends
    ? { kind: "journal", note: `SQL INSERT into ${table}: rows appended, each committed atomically`, content }
    : { kind: "write", note: `SQL write to ${table}`, content };
}

const SQL_READ = /\bSELECT\b[\s\S]{1,400}?\bFROM\s+["'`[]?(\w+)/;

/** The session table an SQL query reads back, if it reads one (`SELECT * FROM messages WHERE session_id = ?`). */
export function sqlSessionRead(text: string): string | undefined {
  if (text.length < 14 || text.length > 2000 || !text.includes("SELECT")) return undefined;
  const table = SQL_READ.exec(text)?.[1];
  return table && isSessionWords(identifierWords(table)) ? table : undefined;
}
