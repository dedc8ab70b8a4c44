import type { Report } from "../report/report.js";
import { ALL_RULES } from "../rules/index.js";
import { formatJson } from "./json.js";
import { formatMarkdown } from "./markdown.js";
import { formatSarif } from "./sarif.js";
import { formatText } from "./text.js";

/** Output formats of `plumbline audit --format`. */
export const FORMATS = ["text", "json", "markdown", "sarif"] as const;
export type Format = (typeof FORMATS)[number];

/** Options shared by the reporters. */
export interface FormatOptions {
  color: boolean;
  /** Terminal width for the text view (default 80). */
  width?: number;
}

/** Renders a report in the given format. */
export function formatReport(report: Report, format: Format, options: FormatOptions): string {
  switch (format) {
    case "json":
      return formatJson(report);
    case "text":
      return formatText(report, { color: options.color, ...(options.width ? { width: options.width } : {}) });
    case "markdown":
      return formatMarkdown(report);
    case "sarif":
      return formatSarif(report, ALL_RULES);
  }
}
