import type { Evidence, PillarScore } from "../core/types.js";
import type { PillarModel } from "../engine/pillar-model.js";

/** The evidence that says most about a pillar: from its heaviest signal found, first in report order on ties. */
export function topEvidence(pillar: PillarScore, model: PillarModel): Evidence | undefined {
  const weight = (e: Evidence): number => model.signals[e.signal]?.weight ?? -1;
  return pillar.evidence.reduce<Evidence | undefined>((best, e) => (!best || weight(e) > weight(best) ? e : best), undefined);
}
