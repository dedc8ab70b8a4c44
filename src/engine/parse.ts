import { ts } from "ts-morph";

const KIND_BY_EXT: Readonly<Record<string, ts.ScriptKind>> = {
  ts: ts.ScriptKind.TS,
  mts: ts.ScriptKind.TS,
  cts: ts.ScriptKind.TS,
  tsx: ts.ScriptKind.TSX,
  js: ts.ScriptKind.JS,
  mjs: ts.ScriptKind.JS,
  cjs: ts.ScriptKind.JS,
  jsx: ts.ScriptKind.JSX,
};

/** Script kind for a path, from its extension; undefined when it is not a script. */
export function scriptKindOf(path: string): ts.ScriptKind | undefined {
  const dot = path.lastIndexOf(".");
  return dot < 0 ? undefined : KIND_BY_EXT[path.slice(dot + 1).toLowerCase()];
}

/**
 * Parse options: JSDoc comments are not parsed into nodes (no analyzer reads them, and skipping
 * them saves a large share of parse time on well-documented code); their text stays in the file.
 */
const PARSE_OPTIONS: ts.CreateSourceFileOptions = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };

/** Parses one file's text into a syntax tree (no type information, no parent pointers needed). */
export function parseSource(path: string, text: string): ts.SourceFile {
  const kind = scriptKindOf(path) ?? ts.ScriptKind.TS;
  return ts.createSourceFile(path, text, PARSE_OPTIONS, false, kind);
}

/** Number of syntax errors the parser recorded for a file. */
export function parseErrorCount(sf: ts.SourceFile): number {
  const diags = (sf as unknown as { parseDiagnostics?: readonly unknown[] }).parseDiagnostics;
  return diags?.length ?? 0;
}
