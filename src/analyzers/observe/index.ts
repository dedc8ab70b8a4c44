import type { Analyzer, FactBase } from "../../engine/analyzer.js";
import { agentDefinitions } from "./agent-definitions.js";
import { agentRuns } from "./agent-runs.js";
import { codeAgentRuns } from "./code-agent-runs.js";
import { decisionRecords } from "./decision-records.js";
import { eventTypes } from "./event-types.js";
import { fanOut } from "./fan-out.js";
import { loggers } from "./loggers.js";
import { outputChecks } from "./output-checks.js";
import { roleFrameworks } from "./role-frameworks.js";
import { spawnBounds } from "./spawn-bounds.js";
import { subagentTools } from "./subagent-tools.js";
import { testFiles } from "./test-files.js";
import { toolInputValidation } from "./tool-input-validation.js";

/** Analyzers of this group; each entry is an analyzer value from a file beside this one. */
export const analyzers: readonly Analyzer<FactBase>[] = [
  eventTypes,
  decisionRecords,
  loggers,
  outputChecks,
  toolInputValidation,
  testFiles,
  agentDefinitions,
  agentRuns,
  codeAgentRuns,
  spawnBounds,
  fanOut,
  roleFrameworks,
  subagentTools,
];
