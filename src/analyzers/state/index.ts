import type { Analyzer, FactBase } from "../../engine/analyzer.js";
import { agentLoops } from "./agent-loops.js";
import { budgetFacts } from "./budget-facts.js";
import { limitDefaults } from "./limit-defaults.js";
import { sessionFacts } from "./session-facts.js";

/** Analyzers of this group; each entry is an analyzer value from a file beside this one. */
export const analyzers: readonly Analyzer<FactBase>[] = [agentLoops, budgetFacts, limitDefaults, sessionFacts];
