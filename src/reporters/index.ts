import type { Report } from "../report/report.js";
import { formatJson } from "./json.js";
import { formatText } from "./text.js";

/** Output formats of `plumbline audit --format`. */
export const FORMATS = ["text", "json"] as const;
export type Format = (typeof FORMATS)[number];

/** Options shared by the reporters. */
export interface FormatOptions {
  color: boolean;
}

/** Renders a report in the given format. */
export function formatReport(report: Report, format: Format, options: FormatOptions): string {
  switch (format) {
    case "json":
      return formatJson(report);
    case "text":
      return formatText(report, { color: options.color });
  }
}
