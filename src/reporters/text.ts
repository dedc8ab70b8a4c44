import { PILLAR_KEYS } from "../core/pillars.js";
import type { Finding, Severity } from "../core/types.js";
import type { Report } from "../report/report.js";
import { PILLAR_MODELS } from "../pillars/index.js";
import { terminalSafe } from "./escape.js";
import { topEvidence } from "./top-evidence.js";

/** Options of the terminal view. */
export interface TextOptions {
  color: boolean;
  /** Total width to fit (default 80). */
  width?: number;
  maxFindings?: number;
  maxRecommendations?: number;
}

const CODES = { red: 31, green: 32, yellow: 33, cyan: 36, dim: 2, bold: 1, underline: 4 } as const;
type Style = keyof typeof CODES;

const STATUS_STYLE = { present: "green", partial: "yellow", absent: "red" } as const;
const SEVERITY_STYLE = { error: "red", warning: "yellow", info: "cyan" } as const;
const SEVERITY_TITLE = { error: "Errors", warning: "Warnings", info: "Info" } as const;

/** Cuts text to a width, marking the cut with an ellipsis. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return "";
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** Wraps text at word boundaries to lines of at most `width` characters (longer words stay whole). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Compact terminal view in the manner of ESLint's stylish reporter: header, pillar table with the top
 * evidence, findings grouped by severity, and the first recommendations with their first step.
 */
export function formatText(report: Report, options: TextOptions): string {
  const width = options.width ?? 80;
  const paint = (style: Style, s: string): string => (options.color && s ? `\u001b[${CODES[style]}m${s}\u001b[0m` : s);
  const out: string[] = [];
  const { score, target } = report;

  const head = `plumbline ${report.tool.version}  `;
  const path = terminalSafe(target.path);
  const shown = path.length > width - head.length ? `…${path.slice(path.length - (width - head.length - 1))}` : path;
  out.push(`${paint("bold", "plumbline")} ${report.tool.version}  ${paint("underline", shown)}`);
  const frameworks = report.frameworks.map((f) => f.name).join(", ");
  out.push(paint("dim", truncate(`${target.files} files, ${target.lines} lines${frameworks ? ` · ${frameworks}` : ""}`, width)));
  out.push("");
  const gradeStyle = score.grade === "A" || score.grade === "B" ? "green" : score.grade === "F" ? "red" : "yellow";
  out.push(`${paint("bold", "Score")} ${paint(gradeStyle, `${score.overall}/100  grade ${score.grade}`)}`);
  out.push("");

  const evidenceWidth = width - 2 - 13 - 6 - 9;
  out.push(paint("dim", `  ${"pillar".padEnd(13)}${"score".padStart(5)} ${"status".padEnd(9)}evidence`));
  for (const key of PILLAR_KEYS) {
    const p = score.pillars[key];
    const first = topEvidence(p, PILLAR_MODELS[key]);
    const where = first ? `${first.file}:${first.line} ${first.note}` : "no evidence found";
    const status = paint(STATUS_STYLE[p.status], p.status.padEnd(9));
    out.push(`  ${key.padEnd(13)}${String(p.score).padStart(5)} ${status}${paint("dim", truncate(terminalSafe(where), evidenceWidth))}`);
  }

  out.push(...findingsSection(report.findings, options, width, paint));
  if (report.suppressed.length) out.push(paint("dim", `  ${report.suppressed.length} finding(s) suppressed by plumbline-disable comments (see --format json)`));
  out.push(...recommendationsSection(report, options, width, paint));

  if (report.diagnostics.length) {
    const note = `${report.diagnostics.length} diagnostic(s): files skipped or partly parsed, unused or invalid directives (see --format json).`;
    out.push("", ...wrap(note, width).map((line) => paint("dim", line)));
  }
  return `${out.join("\n")}\n`;
}

function findingsSection(findings: readonly Finding[], options: TextOptions, width: number, paint: (s: Style, t: string) => string): string[] {
  const out: string[] = [];
  const shown = findings.filter((f) => f.severity !== "info");
  const info = findings.length - shown.length;
  const max = options.maxFindings ?? 20;
  if (shown.length === 0) {
    out.push("", paint("green", "No hazards found."));
  }
  let printed = 0;
  for (const severity of ["error", "warning"] as const satisfies readonly Severity[]) {
    const group = shown.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push("", paint("bold", paint(SEVERITY_STYLE[severity], `${SEVERITY_TITLE[severity]} (${group.length})`)));
    for (const f of group) {
      if (printed >= max) break;
      printed += 1;
      out.push(`  ${paint("bold", truncate(terminalSafe(`${f.file}:${f.line}`), width - 4 - f.ruleId.length))}  ${paint("dim", f.ruleId)}`);
      for (const line of wrap(terminalSafe(f.message), width - 4)) out.push(`    ${line}`);
    }
  }
  if (shown.length > printed) out.push(paint("dim", `  … ${shown.length - printed} more (use --format json or markdown)`));
  if (shown.length > 0) out.push(paint("dim", "  Why and how to fix: plumbline rules explain <rule-id>"));
  if (info > 0) out.push(paint("dim", `  ${info} info finding(s) not shown`));
  return out;
}

function recommendationsSection(report: Report, options: TextOptions, width: number, paint: (s: Style, t: string) => string): string[] {
  const recs = report.recommendations.slice(0, options.maxRecommendations ?? 3);
  if (recs.length === 0) return [];
  const out = ["", paint("bold", "Next steps")];
  for (const r of recs) {
    const label = `${r.priority}. `;
    const [head = "", ...rest] = wrap(terminalSafe(r.title), width - 2 - label.length);
    out.push(`  ${label}${paint("bold", head)}`);
    for (const line of rest) out.push(`  ${" ".repeat(label.length)}${paint("bold", line)}`);
    const step = r.steps[0];
    const stepLines = step ? wrap(`→ ${terminalSafe(step)}`, width - 2 - label.length) : [];
    if (stepLines.length > 2) stepLines.splice(1, stepLines.length, truncate(`${stepLines[1] ?? ""} ${stepLines[2] ?? ""}`, width - 2 - label.length));
    for (const line of stepLines) out.push(paint("dim", `  ${" ".repeat(label.length)}${line}`));
  }
  if (report.recommendations.length > recs.length) {
    out.push(paint("dim", `  … ${report.recommendations.length - recs.length} more (use --format markdown)`));
  }
  return out;
}
