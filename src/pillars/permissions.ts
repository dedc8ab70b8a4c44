import { definePillar } from "../engine/pillar-model.js";

/** Permissions: a decision point before every tool call, tiers or modes, checked shell commands. */
export default definePillar({
  key: "permissions",
  priority: 1,
  signals: {
    gate: { weight: 35, description: "a permission decision runs before every tool call" },
    modes: { weight: 20, description: "permission modes, risk tiers, or allow/deny/ask rules" },
    "shell-checks": { weight: 25, description: "shell commands are parsed and checked before they run" },
    "partial-gate": { weight: 15, description: "some gate: approval for one tool, a blocklist, path containment" },
    "path-containment": { weight: 5, description: "file tools are confined to a workspace" },
    "shell-tool": { weight: 0, description: "a model-reachable tool runs shell commands" },
  },
  status: (s) => {
    // Behind a central gate the only shell hazard reported is a tool that declares itself read-only and
    // is let through: the decision point exists and one tool is mis-tiered, so the status stands.
    const hazard = s.findings.some((f) => f.severity === "error") && !s.has("gate");
    const shellOk = !s.has("shell-tool") || s.has("shell-checks");
    if (!hazard && s.has("gate") && s.has("modes") && shellOk) return "present";
    if (s.has("gate") || s.has("modes") || s.has("shell-checks") || s.has("partial-gate") || s.has("path-containment")) {
      return "partial";
    }
    return "absent";
  },
  advice: {
    absent: {
      title: "Put a permission check in front of every tool call",
      rationale: "Model-chosen actions run with no decision point: one injected instruction can run any tool with any input.",
      steps: [
        "Route every tool call through one function that decides allow, deny or ask before the handler runs.",
        "Tier tools by risk (read, write, execute, network) and allow reads by default; ask for the rest.",
        "Parse shell commands and refuse substitution, redirection and unknown programs before they run.",
      ],
    },
    partial: {
      title: "Turn the existing gate into allow/deny/ask rules with modes",
      rationale: "A gate on one tool or a blocklist leaves the other paths open; deny rules and modes make the policy explicit.",
      steps: [
        "Make the check run for every tool call, not just some tools.",
        "Add allow/deny/ask rules with patterns and modes (plan, default, accept-edits), deny always winning.",
        "Check shell commands with a real parser instead of a regex blocklist.",
      ],
    },
  },
});
