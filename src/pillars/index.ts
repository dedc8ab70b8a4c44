import type { PillarKey } from "../core/pillars.js";
import type { PillarModel } from "../engine/pillar-model.js";
import agents from "./agents.js";
import budgeting from "./budgeting.js";
import logging from "./logging.js";
import permissions from "./permissions.js";
import persistence from "./persistence.js";
import registry from "./registry.js";
import verification from "./verification.js";

/** Every pillar's model, by key. */
export const PILLAR_MODELS: Readonly<Record<PillarKey, PillarModel>> = {
  registry,
  permissions,
  persistence,
  budgeting,
  logging,
  verification,
  agents,
};
