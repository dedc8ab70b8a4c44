import type { ts } from "ts-morph";
import type { Location } from "../core/types.js";
import type { FileRole, LoadedFile } from "../loader/types.js";

/** Every fact an analyzer extracts carries where it was seen. */
export type FactBase = Location;

/** What an analyzer sees while the engine walks one file. */
export interface FileContext {
  readonly file: LoadedFile;
  readonly sourceFile: ts.SourceFile;
  /** Ancestors of the node being visited, outermost first (the node itself excluded). */
  readonly ancestors: readonly ts.Node[];
  /** 1-based line of a node's first token. */
  line(node: ts.Node): number;
  /** Source text of a node. */
  text(node: ts.Node): string;
}

/** The context an analyzer's hooks receive: the file plus a way to emit facts. */
export interface AnalyzerContext<F extends FactBase> extends FileContext {
  emit(fact: F): void;
}

/** A file the analyzer chose not to parse. */
export interface UnparsedContext<F extends FactBase> {
  readonly file: LoadedFile;
  emit(fact: F): void;
}

/** Facts from a Markdown agent/role definition (front matter already parsed). */
export interface MarkdownContext<F extends FactBase> {
  readonly file: LoadedFile;
  readonly frontMatter: Readonly<Record<string, unknown>> | undefined;
  emit(fact: F): void;
}

/**
 * An analyzer extracts one family of facts from the syntax trees, ESLint-visitor style:
 * the engine walks each file once and calls `visit` for the node kinds the analyzer asks for.
 */
export interface Analyzer<F extends FactBase> {
  readonly name: string;
  readonly description: string;
  /** File roles this analyzer reads; default: source files only. */
  readonly roles?: readonly FileRole[];
  /**
   * Cheap prefilter: when given, the analyzer sees a file only if its text contains at least one
   * of these substrings (case-sensitive). A file no analyzer wants is not even parsed.
   */
  readonly textHints?: readonly string[];
  /**
   * Finer prefilter: false when the file's tree cannot change this analyzer's facts, so the file
   * need not be parsed for it. `unparsed` then emits whatever the text alone decides.
   */
  needsTree?(file: LoadedFile): boolean;
  unparsed?(ctx: UnparsedContext<F>): void;
  /** Node kinds passed to `visit`; an empty list means none (use the file hooks). */
  readonly kinds?: readonly ts.SyntaxKind[];
  visit?(node: ts.Node, ctx: AnalyzerContext<F>): void;
  enterFile?(ctx: AnalyzerContext<F>): void;
  leaveFile?(ctx: AnalyzerContext<F>): void;
  markdown?(ctx: MarkdownContext<F>): void;
}

/** Declares an analyzer; an identity function that exists for type inference. */
export function defineAnalyzer<F extends FactBase>(analyzer: Analyzer<F>): Analyzer<F> {
  return analyzer;
}

/** Read access to every analyzer's facts, keyed by the analyzer value itself. */
export interface FactReader {
  facts<F extends FactBase>(analyzer: Analyzer<F>): readonly F[];
}
