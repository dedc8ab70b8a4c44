import { ts } from "ts-morph";
import { parseSource } from "../engine/parse.js";

/** One comment of a source file: its text without the comment markers, and the lines it spans (1-based). */
export interface SourceComment {
  body: string;
  startLine: number;
  endLine: number;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Ranges of the string-like literals (strings, templates, regular expressions, JSX text): the places
 * where `//` and `/*` are text, not comments.
 */
function literalSpans(sf: ts.SourceFile): Span[] {
  const spans: Span[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) spans.push({ start: node.pos, end: node.end });
    else if (ts.isStringLiteral(node) || ts.isTemplateLiteralToken(node) || ts.isRegularExpressionLiteral(node)) {
      spans.push({ start: node.getStart(sf), end: node.end });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
}

/**
 * The comments of a script. A bare scanner cannot tell a regular expression from a division nor
 * where a template resumes after `${…}`, so the parser marks the literals and the scanner jumps over them.
 */
export function commentsOf(path: string, text: string): SourceComment[] {
  const sf = parseSource(path, text);
  const spans = literalSpans(sf);
  const lineOf = (pos: number): number => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const out: SourceComment[] = [];
  let next = 0;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    const start = scanner.getTokenStart();
    while (next < spans.length && (spans[next]?.end ?? 0) <= start) next += 1;
    const span = spans[next];
    if (span && span.start <= start) {
      scanner.resetTokenState(span.end);
      continue;
    }
    const end = scanner.getTokenEnd();
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia) {
      out.push({ body: text.slice(start + 2, end), startLine: lineOf(start), endLine: lineOf(start) });
    } else if (kind === ts.SyntaxKind.MultiLineCommentTrivia) {
      const close = text.startsWith("*/", end - 2) && end - start >= 4 ? end - 2 : end;
      out.push({ body: text.slice(start + 2, close), startLine: lineOf(start), endLine: lineOf(end - 1) });
    }
  }
  return out;
}
