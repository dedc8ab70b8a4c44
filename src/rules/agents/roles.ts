import type { FactReader } from "../../engine/analyzer.js";
import { agentDefinitions, type AgentDefinitionFact } from "../../analyzers/observe/agent-definitions.js";
import { spawnBounds } from "../../analyzers/observe/spawn-bounds.js";

/** Whether a definition restricts its tools to a subset. */
export function isRestricted(d: AgentDefinitionFact): boolean {
  return d.grant === "list" || d.grant === "filtered";
}

/**
 * Named roles with restricted tools in product code. One code-defined agent alone is the main agent,
 * not a sub-agent role, unless the codebase also bounds spawning; Markdown definitions are roles by design.
 */
export function productRoles(facts: FactReader): AgentDefinitionFact[] {
  const named = facts.facts(agentDefinitions).filter((d) => !d.example && d.name !== undefined && isRestricted(d));
  const distinct = new Set(named.map((d) => d.name));
  if (distinct.size >= 2 || named.some((d) => d.source === "markdown")) return named;
  if (named.length > 0 && facts.facts(spawnBounds).length > 0) return named;
  return [];
}
