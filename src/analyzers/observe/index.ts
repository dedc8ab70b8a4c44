import type { Analyzer, FactBase } from "../../engine/analyzer.js";

/** Analyzers of this group; each entry is an analyzer value from a file beside this one. */
export const analyzers: readonly Analyzer<FactBase>[] = [];
