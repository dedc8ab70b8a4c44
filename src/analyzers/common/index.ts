import type { Analyzer, FactBase } from "../../engine/analyzer.js";
import { modelCalls } from "./model-calls.js";

/** Analyzers shared by several pillars. */
export const commonAnalyzers: readonly Analyzer<FactBase>[] = [modelCalls];
