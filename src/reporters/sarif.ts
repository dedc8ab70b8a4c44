import { createHash } from "node:crypto";
import { PILLAR_TITLES } from "../core/pillars.js";
import type { Finding, Severity, SuppressedFinding } from "../core/types.js";
import type { Rule } from "../engine/rule.js";
import type { Report } from "../report/report.js";
import { byPillar } from "./by-pillar.js";
import type { SarifLevel, SarifLog, SarifReportingDescriptor, SarifResult, SarifRunProperties, SarifSuppression } from "./sarif-types.js";

/** Where users learn about Plumbline; GitHub shows it beside each alert. */
export const INFORMATION_URI = "https://www.npmjs.com/package/plumbline";
const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const SRCROOT = "%SRCROOT%";

const LEVEL: Readonly<Record<Severity, SarifLevel>> = { error: "error", warning: "warning", info: "note" };
/** GitHub reads security-severity as a CVSS-like string: 7.0-8.9 high, 4.0-6.9 medium, below low. */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { error: "8.0", warning: "5.5", info: "2.0" };

/** Normalises a message for fingerprinting: case, spacing and embedded line numbers do not matter. */
export function normaliseMessage(message: string): string {
  return message
    .toLowerCase()
    .replace(/\b(?:line|lines|l\.)\s*\d+/g, "line")
    .replace(/:(\d+)(?::\d+)?\b/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A fingerprint that survives code moving up or down: a hash of rule id, file and normalised message,
 * plus an occurrence number (as codeql-action does) so equal findings in one file stay distinct.
 */
export function lineHash(f: Pick<Finding, "ruleId" | "file" | "message">, occurrence: number): string {
  const hash = createHash("sha256").update(`${f.ruleId}\u0000${f.file}\u0000${normaliseMessage(f.message)}`).digest("hex");
  return `${hash.slice(0, 16)}:${occurrence}`;
}

function encodeUri(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s|$)/.exec(text.trim());
  return (m ? m[0] : text).trim();
}

function cap(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A SARIF rule descriptor from a rule's metadata. */
export function describeRule(rule: Rule): SarifReportingDescriptor {
  const m = rule.meta;
  const tags = ["plumbline", rule.pillar, rule.kind, ...m.references.map((r) => `external/owasp/${r.toLowerCase()}`)];
  if (rule.kind === "hazard") tags.push("security");
  const descriptor: SarifReportingDescriptor = {
    id: rule.id,
    name: rule.id.replace(/^[a-z]+\//, "").replace(/(?:^|-)([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: cap(m.title, 1024) },
    fullDescription: { text: cap(m.description, 1024) },
    help: {
      text: `${m.description}\n\nWhy: ${m.rationale}\n\nFix: ${m.recommendation}`,
      markdown: [
        `**${m.title}** (pillar: ${PILLAR_TITLES[rule.pillar]})`,
        m.description,
        `**Why it matters.** ${m.rationale}`,
        `**How to fix.** ${m.recommendation}`,
        m.references.length ? `**References:** ${m.references.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join("\n\n"),
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: tags.slice(0, 20), precision: rule.kind === "hazard" ? "high" : "medium" },
  };
  if (rule.kind === "hazard") descriptor.properties["security-severity"] = SECURITY_SEVERITY[rule.severity];
  return descriptor;
}

/** A descriptor for a finding whose rule is not in the registry (a plugin or an older report). */
function describeUnknown(f: Finding): SarifReportingDescriptor {
  const title = `Plumbline rule ${f.ruleId}`;
  return {
    id: f.ruleId,
    name: f.ruleId,
    shortDescription: { text: cap(title, 1024) },
    fullDescription: { text: cap(title, 1024) },
    help: { text: f.recommendation || firstSentence(f.message) },
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: { tags: ["plumbline", f.pillar], precision: "medium" },
  };
}

/**
 * The occurrence number of each finding among those with its rule, file and message, in line order,
 * counted over suppressed findings too: suppressing one must not renumber, and so re-key, the others.
 */
function occurrences(all: readonly Finding[]): number[] {
  const groups = new Map<string, number[]>();
  all.forEach((f, i) => {
    const key = `${f.ruleId}\u0000${f.file}\u0000${normaliseMessage(f.message)}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const out: number[] = [];
  for (const indices of groups.values()) {
    indices.sort((a, b) => (all[a]?.line ?? 0) - (all[b]?.line ?? 0) || a - b).forEach((i, n) => (out[i] = n + 1));
  }
  return out;
}

function suppression(f: SuppressedFinding): SarifSuppression {
  return f.reason ? { kind: "inSource", justification: f.reason } : { kind: "inSource" };
}

function runProperties(report: Report): SarifRunProperties {
  const pillars = byPillar((k) => ({ score: report.score.pillars[k].score, status: report.score.pillars[k].status }));
  return {
    plumbline: {
      target: { files: report.target.files, lines: report.target.lines },
      overall: report.score.overall,
      grade: report.score.grade,
      pillars,
    },
  };
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: every rule in the driver, one result
 * per finding (suppressed ones marked `inSource`), pillar scores in the run's properties.
 */
export function toSarif(report: Report, rules: readonly Rule[]): SarifLog {
  const descriptors = rules.map(describeRule);
  const index = new Map<string, number>(descriptors.map((d, i) => [d.id, i]));
  const all: { f: Finding; suppressions?: SarifSuppression[] }[] = [
    ...report.findings.map((f) => ({ f })),
    ...report.suppressed.map((f) => ({ f, suppressions: [suppression(f)] })),
  ];
  const occurrence = occurrences(all.map((x) => x.f));
  const results: SarifResult[] = [];
  all.forEach(({ f, suppressions }, i) => {
    let ruleIndex = index.get(f.ruleId);
    if (ruleIndex === undefined) {
      ruleIndex = descriptors.push(describeUnknown(f)) - 1;
      index.set(f.ruleId, ruleIndex);
    }
    const result: SarifResult = {
      ruleId: f.ruleId,
      ruleIndex,
      level: LEVEL[f.severity],
      message: { text: f.recommendation ? `${f.message} ${f.recommendation}` : f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeUri(f.file), uriBaseId: SRCROOT },
            region: { startLine: Math.max(1, f.line) },
          },
        },
      ],
      partialFingerprints: { primaryLocationLineHash: lineHash(f, occurrence[i] ?? 1) },
    };
    if (suppressions) result.suppressions = suppressions;
    results.push(result);
  });
  return {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "plumbline", semanticVersion: report.tool.version, informationUri: INFORMATION_URI, rules: descriptors } },
        originalUriBaseIds: { [SRCROOT]: { description: { text: "The root of the audited repository." } } },
        results,
        properties: runProperties(report),
      },
    ],
  };
}

/** The SARIF log as pretty-printed JSON. */
export function formatSarif(report: Report, rules: readonly Rule[]): string {
  return `${JSON.stringify(toSarif(report, rules), null, 2)}\n`;
}
