import type { Rule } from "../engine/rule.js";
import { rules as agents } from "./agents/index.js";
import { rules as budgeting } from "./budgeting/index.js";
import { rules as logging } from "./logging/index.js";
import { rules as permissions } from "./permissions/index.js";
import { rules as persistence } from "./persistence/index.js";
import { rules as registry } from "./registry/index.js";
import { rules as verification } from "./verification/index.js";

/** Every rule, by pillar order. */
export const ALL_RULES: readonly Rule[] = [
  ...registry,
  ...permissions,
  ...persistence,
  ...budgeting,
  ...logging,
  ...verification,
  ...agents,
];

/** Looks a rule up by id. */
export function findRule(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
