import type { Analyzer, FactBase } from "../engine/analyzer.js";
import { commonAnalyzers } from "./common/index.js";
import { analyzers as observe } from "./observe/index.js";
import { analyzers as state } from "./state/index.js";
import { analyzers as tools } from "./tools/index.js";

/** Every analyzer the engine runs, in one list. */
export const ALL_ANALYZERS: readonly Analyzer<FactBase>[] = [...commonAnalyzers, ...tools, ...state, ...observe];
