import type { PillarKey } from "../core/pillars.js";

/** A record with one value per pillar, built without a cast so the compiler checks all seven keys. */
export function byPillar<T>(value: (key: PillarKey) => T): Record<PillarKey, T> {
  return {
    registry: value("registry"),
    permissions: value("permissions"),
    persistence: value("persistence"),
    budgeting: value("budgeting"),
    logging: value("logging"),
    verification: value("verification"),
    agents: value("agents"),
  };
}
