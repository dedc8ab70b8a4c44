import type { FactReader } from "../../engine/analyzer.js";
import { subagentTools, type SubagentToolFact } from "../../analyzers/observe/subagent-tools.js";
import { agentLoops, isLoopFact } from "../../analyzers/state/agent-loops.js";

/**
 * Tools that start a sub-agent in product code. A handler that hands its tools to a function in another file
 * counts when that function runs a loop calling a model, or when the tool is named for spawning.
 */
export function productSubagentTools(facts: FactReader): SubagentToolFact[] {
  const tools = facts.facts(subagentTools).filter((f) => !f.example);
  if (tools.every((f) => f.via === undefined)) return tools;
  const loops = new Set(facts.facts(agentLoops).flatMap((f) => (isLoopFact(f) && f.modelCall && f.inFunction ? [f.inFunction] : [])));
  return tools.filter((f) => f.via === undefined || f.agentNamed === true || f.via.some((c) => loops.has(c)));
}
