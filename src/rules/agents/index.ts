import type { Rule } from "../../engine/rule.js";
import agentRoles from "./agent-roles.js";
import agentTurnLimits from "./agent-turn-limits.js";
import frameworkRoles from "./framework-roles.js";
import boundedSpawning from "./bounded-spawning.js";
import genericSpawning from "./generic-spawning.js";
import prematureOrchestration from "./premature-orchestration.js";
import subagentTool from "./subagent-tool.js";

/** Rules of this pillar; each entry is the default export of a file beside this one. */
export const rules: readonly Rule[] = [agentRoles, agentTurnLimits, boundedSpawning, frameworkRoles, genericSpawning, prematureOrchestration, subagentTool];
