/**
 * The part of SARIF 2.1.0 that Plumbline writes, with the field names of the OASIS schema.
 * Kept here rather than in @types/sarif: we write about a dozen fields, and a hand-kept subset lets
 * the compiler hold us to the ones GitHub code scanning reads without a new dependency.
 */
import type { PillarKey, PillarStatus } from "../core/pillars.js";

export type SarifLevel = "none" | "note" | "warning" | "error";

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; precision: "very-high" | "high" | "medium" | "low"; "security-severity"?: string };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: { startLine: number };
    };
  }[];
  partialFingerprints: { primaryLocationLineHash: string };
  /** Present on results a comment in the code suppressed (SARIF 2.1.0 §3.27.23, §3.35). */
  suppressions?: SarifSuppression[];
}

/** Why a result does not count: `inSource` is a suppression written in the analysed code. */
export interface SarifSuppression {
  kind: "inSource" | "external";
  justification?: string;
}

export interface SarifRun {
  tool: { driver: { name: string; semanticVersion: string; informationUri: string; rules: SarifReportingDescriptor[] } };
  originalUriBaseIds: Record<string, { description: SarifMessage }>;
  results: SarifResult[];
  properties: SarifRunProperties;
}

/** Plumbline's pillar scores, which are not results, carried in the run's property bag. */
export interface SarifRunProperties {
  plumbline: {
    target: { files: number; lines: number };
    overall: number;
    grade: string;
    pillars: Record<PillarKey, { score: number; status: PillarStatus }>;
  };
}

export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: SarifRun[];
}
