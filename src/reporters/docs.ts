import { join } from "node:path";
import { audit } from "../audit.js";
import { PILLAR_KEYS, PILLAR_TITLES, type PillarKey } from "../core/pillars.js";
import type { PillarModel } from "../engine/pillar-model.js";
import type { Rule, RuleKind } from "../engine/rule.js";
import type { Report } from "../report/report.js";
import { formatMarkdown } from "./markdown.js";
import { scoringFacts } from "./scoring-facts.js";
import { formatText } from "./text.js";

/** The generated parts of README.md, each kept between `<!-- name:start -->` and `<!-- name:end -->`. */
export type DocSection = "rules" | "signals" | "scoring" | "example";

const KIND_ORDER: Readonly<Record<RuleKind, number>> = { hazard: 0, smell: 1, evidence: 2 };

/** Escapes a trusted metadata string for a Markdown table cell (backticks stay: they format code). */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ").trim();
}

/** The rules table: one row per rule, by pillar, hazards first. */
export function rulesTable(rules: readonly Rule[]): string {
  const sorted = [...rules].sort(
    (a, b) =>
      PILLAR_KEYS.indexOf(a.pillar) - PILLAR_KEYS.indexOf(b.pillar) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id),
  );
  const rows = sorted.map(
    (r) => `| \`${r.id}\` | ${r.kind} | ${r.severity} | ${cell(r.meta.title)} | ${r.meta.references.map((x) => `\`${x}\``).join(" ") || "–"} |`,
  );
  const counts = (["hazard", "smell", "evidence"] as const).map((k) => `${rules.filter((r) => r.kind === k).length} ${k}`).join(", ");
  return [
    `${rules.length} rules (${counts}). \`plumbline rules explain <id>\` prints a rule's description, rationale and fix.`,
    "",
    "| Rule | Kind | Severity | What it reports | References |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

/** Every pillar's signals and weights, from the pillar models. */
export function signalsTable(models: Readonly<Record<PillarKey, PillarModel>>): string {
  const rows: string[] = [];
  for (const key of PILLAR_KEYS) {
    for (const [name, spec] of Object.entries(models[key].signals)) {
      rows.push(`| ${PILLAR_TITLES[key]} (\`${key}\`) | \`${name}\` | ${spec.weight} | ${cell(spec.description)} |`);
    }
  }
  return ["| Pillar | Signal | Weight | Found when |", "| --- | --- | ---: | --- |", ...rows].join("\n");
}

/** The scoring constants in prose, measured from the scorer. */
export function scoringText(models: Readonly<Record<PillarKey, PillarModel>>): string {
  const f = scoringFacts(models);
  const weights = PILLAR_KEYS.map((k) => `${k} ${f.weights[k]}%`).join(", ");
  const grades = f.grades.map((g) => `${g.grade} from ${g.min}`).join(", ");
  return [
    `- **Pillar score**: the sum of the weights of the signals found, minus ${f.penalty.error} points for each error and ${f.penalty.warning} for each warning in the pillar, then kept inside the band of the pillar's status: absent ${f.bands.absent.min}–${f.bands.absent.max}, partial ${f.bands.partial.min}–${f.bands.partial.max}, present ${f.bands.present.min}–${f.bands.present.max}.`,
    "- **Status**: each pillar's own rubric function over its signals and hazards (the calibration rubric), not the points: a pillar with every signal but an unguarded shell is not `present` (one exception: behind a central permission gate, a tool that declares itself read-only yet runs a model-chosen shell string is reported, but the status stands: the gate exists and one tool is mis-tiered).",
    `- **Overall**: the weighted mean of the pillar scores, foundations weighing more (${weights}).`,
    `- **Grade**: ${grades}.`,
  ].join("\n");
}

/** The terminal view of a fixture, as a fenced block. */
export function exampleText(report: Report): string {
  return ["```text", formatText(report, { color: false }).trimEnd(), "```"].join("\n");
}

/** Replaces the body of each `<!-- name:start -->`…`<!-- name:end -->` block; a missing marker is an error. */
export function replaceSections(doc: string, sections: Readonly<Partial<Record<DocSection, string>>>): string {
  let out = doc;
  for (const [name, body] of Object.entries(sections)) {
    const re = new RegExp(`(<!-- ${name}:start[^>]*-->)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!re.test(out)) throw new Error(`README has no <!-- ${name}:start --> … <!-- ${name}:end --> block`);
    out = out.replace(re, (_, start: string, end: string) => `${start}\n${body}\n${end}`);
  }
  return out;
}

/** Everything `npm run docs` writes: the README sections and the example Markdown report. */
export function generatedDocs(
  rules: readonly Rule[],
  models: Readonly<Record<PillarKey, PillarModel>>,
  example: Report,
): { sections: Record<DocSection, string>; exampleMarkdown: string } {
  return {
    sections: { rules: rulesTable(rules), signals: signalsTable(models), scoring: scoringText(models), example: exampleText(example) },
    exampleMarkdown: formatMarkdown(example, models),
  };
}

/** The fixture the README's example output and reports/example.md are generated from. */
export const EXAMPLE_FIXTURE = "fixtures/repos/toy-loop";

/** Audits the example fixture of a Plumbline checkout, with a stable display path. */
export function exampleReport(projectRoot: string): Promise<Report> {
  return audit(join(projectRoot, EXAMPLE_FIXTURE), { displayPath: EXAMPLE_FIXTURE });
}
