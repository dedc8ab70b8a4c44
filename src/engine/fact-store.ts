import type { Analyzer, FactBase, FactReader } from "./analyzer.js";

/** Holds the facts of one audit, per analyzer. */
export class FactStore implements FactReader {
  private readonly byAnalyzer = new Map<object, FactBase[]>();

  add<F extends FactBase>(analyzer: Analyzer<F>, fact: F): void {
    let list = this.byAnalyzer.get(analyzer);
    if (!list) {
      list = [];
      this.byAnalyzer.set(analyzer, list);
    }
    list.push(fact);
  }

  facts<F extends FactBase>(analyzer: Analyzer<F>): readonly F[] {
    // Invariant: facts under the key analyzer<F> were all added through add<F> (see above).
    return (this.byAnalyzer.get(analyzer) ?? []) as unknown as readonly F[];
  }
}
