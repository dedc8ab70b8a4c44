import { PILLAR_KEYS, PILLAR_TITLES } from "../core/pillars.js";
import type { Report } from "../report/report.js";

/** Options of the terminal view. */
export interface TextOptions {
  color: boolean;
  maxFindings?: number;
  maxRecommendations?: number;
}

const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;

/** Compact terminal view: pillar table, top findings, top recommendations. */
export function formatText(report: Report, options: TextOptions): string {
  const paint = (code: keyof typeof CODES, s: string): string => (options.color ? `\u001b[${CODES[code]}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  const { score, target } = report;
  lines.push(paint("bold", `plumbline ${report.tool.version} — ${target.path}`));
  lines.push(`${target.files} files, ${target.lines} lines${report.frameworks.length ? `; frameworks: ${report.frameworks.map((f) => f.name).join(", ")}` : ""}`);
  lines.push("");
  lines.push(paint("bold", `Score ${score.overall}/100, grade ${score.grade}`));
  for (const key of PILLAR_KEYS) {
    const p = score.pillars[key];
    const colour = p.status === "present" ? "green" : p.status === "partial" ? "yellow" : "red";
    const first = p.evidence[0];
    const where = first ? paint("dim", ` ${first.file}:${first.line}`) : "";
    lines.push(`  ${key.padEnd(13)} ${String(p.score).padStart(3)}  ${paint(colour, p.status.padEnd(7))}  ${PILLAR_TITLES[key]}${where}`);
  }
  const important = report.findings.filter((f) => f.severity !== "info");
  const maxF = options.maxFindings ?? 10;
  if (important.length) {
    lines.push("", paint("bold", `Findings (${important.length})`));
    for (const f of important.slice(0, maxF)) {
      const sev = f.severity === "error" ? paint("red", "error  ") : paint("yellow", "warning");
      lines.push(`  ${sev} ${f.file}:${f.line}  ${f.message}  ${paint("dim", f.ruleId)}`);
    }
    if (important.length > maxF) lines.push(paint("dim", `  ... ${important.length - maxF} more (use --format json or markdown)`));
  }
  const maxR = options.maxRecommendations ?? 5;
  if (report.recommendations.length) {
    lines.push("", paint("bold", "Next steps"));
    for (const r of report.recommendations.slice(0, maxR)) lines.push(`  ${r.priority}. ${r.title}`);
  }
  if (report.diagnostics.length) {
    lines.push("", paint("dim", `${report.diagnostics.length} file(s) skipped or partly parsed (see --format json)`));
  }
  return `${lines.join("\n")}\n`;
}
