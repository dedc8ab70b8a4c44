import { definePillar } from "../engine/pillar-model.js";

/** Tool registry: tools declared as data and collected where they can be listed and filtered. */
export default definePillar({
  key: "registry",
  priority: 3,
  signals: {
    "tools-declared": { weight: 35, description: "tools declared as data: name, description, input schema" },
    "registry-collection": { weight: 35, description: "a registry or collection that lists, looks up by name or filters tools at run time" },
    "tool-metadata": { weight: 15, description: "risk, read-only, destructive or idempotent hints on tools" },
    "tool-factory": { weight: 15, description: "one factory or base class that every tool goes through" },
  },
  status: (s) => {
    if (s.has("tools-declared") && s.has("registry-collection")) return "present";
    if (s.has("tools-declared")) return "partial";
    return "absent";
  },
  advice: {
    absent: {
      title: "Declare tools as data in one registry",
      rationale: "Without tool declarations (name, description, input schema) nothing can list, filter or check what the model may call.",
      steps: [
        "Give every tool a name, a description written for the model, and an input schema (zod or JSON Schema).",
        "Collect them in one registry that can list, look up by name and filter by mode or role.",
      ],
    },
    partial: {
      title: "Collect tool declarations in a registry that can be listed and filtered",
      rationale: "Tools kept as a bare array or behind a switch cannot be filtered per role or mode, and their metadata cannot drive permissions.",
      steps: [
        "Put the tool declarations in one registry with register, get(name) and list(filter).",
        "Add risk metadata (read-only, destructive, idempotent) to each declaration and use it in the permission check.",
        "Dispatch tool calls by looking the name up in the registry instead of a switch.",
      ],
    },
  },
});
