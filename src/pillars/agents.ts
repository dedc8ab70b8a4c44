import { definePillar } from "../engine/pillar-model.js";

/** Agents: named roles with bounded tools, turns and spawning. */
export default definePillar({
  key: "agents",
  priority: 7,
  signals: {
    roles: { weight: 35, description: "named sub-agent roles with a restricted tool list" },
    "turn-limits": { weight: 20, description: "sub-agents have their own turn, time or token limits" },
    "spawn-bounded": { weight: 15, description: "spawning is bounded: depth limit, no agent tool for sub-agents" },
    "framework-roles": { weight: 15, description: "the product's own agent type delegates to named agents under a turn limit, and roles are instantiated" },
    "example-roles": { weight: 10, description: "roles only in examples or extensions" },
    "generic-spawn": { weight: 5, description: "sub-agents spawned as generic clones" },
  },
  status: (s) => {
    // Roles count as present only with their own turn limits: a depth cap alone still lets one sub-agent run forever.
    if (s.has("roles") && s.has("turn-limits")) return "present";
    if (s.has("framework-roles")) return "present";
    if (s.has("roles") || s.has("example-roles") || s.has("generic-spawn")) return "partial";
    return "absent";
  },
  advice: {
    absent: {
      title: "Keep one agent until the foundations hold",
      rationale: "Sub-agents multiply every gap in permissions and budgets; a single well-bounded loop is simpler.",
      steps: ["When you need sub-agents, define named roles (explore, plan, verify) with tool allowlists and turn limits."],
    },
    partial: {
      title: "Constrain sub-agents to named roles",
      rationale: "Generic clones inherit every tool and budget of the parent.",
      steps: [
        "Define roles (explore, plan, verify) with tool allowlists, turn and token shares.",
        "Bound spawning: sub-agents get no agent-spawning tool (depth one).",
      ],
    },
  },
});
