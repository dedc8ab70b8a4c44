import type { Diagnostic, Finding, SuppressedFinding } from "../core/types.js";
import type { LoadedFile } from "../loader/types.js";
import { DIRECTIVE_PREFIX, parseDirectives, type Directive } from "./directive.js";

/** The inline suppressions of one audit. */
export interface Suppressions {
  /** Takes out of `findings` (in place) each finding a directive covers, and keeps it as suppressed. */
  apply(findings: Finding[]): void;
  /** The suppressed findings, and a diagnostic for each invalid directive and each rule id a directive used for nothing. */
  outcome(): { suppressed: SuppressedFinding[]; diagnostics: Diagnostic[] };
}

/** What `--no-inline-config` leaves: directives are not even read. */
export const NO_SUPPRESSIONS: Suppressions = { apply: () => undefined, outcome: () => ({ suppressed: [], diagnostics: [] }) };

interface Placed extends Directive {
  file: string;
  used: Set<string>;
}

function covers(d: Placed, f: Finding): boolean {
  return (d.target === undefined || d.target === f.line) && d.ruleIds.includes(f.ruleId);
}

function unusedMessage(d: Placed, ruleId: string): string {
  const where = d.target === undefined ? "in this file" : `on line ${d.target}`;
  return `line ${d.line}: unused ${d.word} for ${ruleId} (no such finding ${where})`;
}

/** Reads the directives of the loaded source files; `ruleIds` are the rules a directive may name. */
export function collectSuppressions(files: readonly LoadedFile[], ruleIds: readonly string[]): Suppressions {
  const known = new Set(ruleIds);
  const byFile = new Map<string, Placed[]>();
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    if (file.role === "markdown") continue;
    try {
      const { directives, problems } = parseDirectives(file.path, file.text, (id) => known.has(id));
      for (const p of problems) diagnostics.push({ file: file.path, message: `line ${p.line}: ${p.message}` });
      // Line directives first: when a file-level one covers the same finding, the nearer reason wins.
      const placed = directives.map((d): Placed => ({ ...d, file: file.path, used: new Set() }));
      if (placed.length > 0) byFile.set(file.path, placed.sort((a, b) => Number(a.kind === "file") - Number(b.kind === "file")));
    } catch (error) {
      diagnostics.push({ file: file.path, message: `could not read ${DIRECTIVE_PREFIX} directives: ${String(error)}` });
    }
  }
  const suppressed: SuppressedFinding[] = [];
  return {
    apply(findings) {
      let kept = 0;
      for (const f of findings) {
        const d = byFile.get(f.file)?.find((x) => covers(x, f));
        if (d) {
          d.used.add(f.ruleId);
          suppressed.push(d.reason === undefined ? { ...f } : { ...f, reason: d.reason });
        } else {
          findings[kept++] = f;
        }
      }
      findings.length = kept;
    },
    outcome() {
      const unused = [...byFile.values()].flat().flatMap((d) => d.ruleIds.filter((id) => !d.used.has(id)).map((id) => ({ file: d.file, message: unusedMessage(d, id) })));
      const sorted = [...suppressed].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
      return { suppressed: sorted, diagnostics: [...diagnostics, ...unused] };
    },
  };
}
