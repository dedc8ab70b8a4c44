import { ts } from "ts-morph";
import type { Diagnostic } from "../core/types.js";
import type { LoadedFile } from "../loader/types.js";
import type { Analyzer, AnalyzerContext, FactBase, FileContext } from "./analyzer.js";
import type { FactStore } from "./fact-store.js";
import { parseErrorCount, parseSource } from "./parse.js";
import { parseFrontMatter } from "./front-matter.js";

type AnyAnalyzer = Analyzer<FactBase>;
type Bound = { analyzer: AnyAnalyzer; ctx: AnalyzerContext<FactBase> };

/** A syntax file with many parse errors is likely not what its extension says (e.g. Flow, templates). */
const MAX_PARSE_ERRORS = 50;

/**
 * Walks every loaded file once and dispatches nodes to the analyzers that asked for their kind.
 * Wrapped ts-morph nodes are never created; each tree is dropped when its file is done.
 */
export function runAnalyzers(
  files: readonly LoadedFile[],
  analyzers: readonly AnyAnalyzer[],
  store: FactStore,
  diagnostics: Diagnostic[],
): void {
  for (const file of files) {
    if (file.role === "markdown") {
      walkMarkdown(file, analyzers, store);
      continue;
    }
    const active: AnyAnalyzer[] = [];
    for (const a of analyzers) {
      if (!(a.roles ?? ["source"]).includes(file.role) || !wants(a, file.text)) continue;
      if (a.needsTree?.(file) !== false) active.push(a);
      else a.unparsed?.({ file, emit: (fact) => store.add(a, fact) });
    }
    if (active.length === 0) continue;
    let sf: ts.SourceFile;
    try {
      sf = parseSource(file.path, file.text);
    } catch (error) {
      diagnostics.push({ file: file.path, message: `could not parse: ${String(error)}` });
      continue;
    }
    const errors = parseErrorCount(sf);
    if (errors > MAX_PARSE_ERRORS) {
      diagnostics.push({ file: file.path, message: `skipped: ${errors} syntax errors` });
      continue;
    } else if (errors > 0) {
      diagnostics.push({ file: file.path, message: `parsed with ${errors} syntax error(s); facts may be incomplete` });
    }
    try {
      walkFile(file, sf, active, store);
    } catch (error) {
      diagnostics.push({ file: file.path, message: `analysis stopped early: ${String(error)}` });
    }
  }
}

/** One pattern per analyzer's hints: a single scan of the text instead of one per hint. */
const hintPatterns = new WeakMap<AnyAnalyzer, RegExp>();

/** Whether an analyzer's text hints let it see a file. */
export function wants(analyzer: AnyAnalyzer, text: string): boolean {
  const hints = analyzer.textHints;
  if (!hints) return true;
  let pattern = hintPatterns.get(analyzer);
  if (!pattern) {
    pattern = new RegExp(hints.map((h) => h.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|"));
    hintPatterns.set(analyzer, pattern);
  }
  return pattern.test(text);
}

function walkFile(file: LoadedFile, sf: ts.SourceFile, analyzers: readonly AnyAnalyzer[], store: FactStore): void {
  const ancestors: ts.Node[] = [];
  const base: FileContext = {
    file,
    sourceFile: sf,
    ancestors,
    line: (node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
    text: (node) => node.getText(sf),
  };
  const bound: Bound[] = analyzers.map((analyzer) => ({
    analyzer,
    ctx: { ...base, ancestors, emit: (fact: FactBase) => store.add(analyzer, fact) },
  }));
  // Indexed by kind: an array lookup per node is measurably cheaper than a Map on large trees.
  const byKind: (Bound[] | undefined)[] = [];
  let anyKind = false;
  for (const b of bound) {
    if (!b.analyzer.visit) continue;
    for (const kind of b.analyzer.kinds ?? []) {
      (byKind[kind] ??= []).push(b);
      anyKind = true;
    }
  }
  for (const b of bound) b.analyzer.enterFile?.(b.ctx);
  if (anyKind) {
    const visit = (node: ts.Node): void => {
      const handlers = byKind[node.kind];
      if (handlers !== undefined) for (const h of handlers) h.analyzer.visit?.(node, h.ctx);
      ancestors.push(node);
      ts.forEachChild(node, visit);
      ancestors.pop();
    };
    visit(sf);
  }
  for (const b of bound) b.analyzer.leaveFile?.(b.ctx);
}

function walkMarkdown(file: LoadedFile, analyzers: readonly AnyAnalyzer[], store: FactStore): void {
  const frontMatter = parseFrontMatter(file.text);
  for (const analyzer of analyzers) {
    if (!analyzer.markdown) continue;
    analyzer.markdown({ file, frontMatter, emit: (fact) => store.add(analyzer, fact) });
  }
}
