import { classifyCommand, type ClassifyOptions } from "../harness/shell/classify.js";

/** Maps stdin text (one command per line) to JSON Lines verdicts, as `plumbline harness classify` prints them. */
export function runClassify(input: string, options: ClassifyOptions): string {
  const out: string[] = [];
  for (const raw of input.split("\n")) {
    const command = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (command.trim() === "") continue;
    const verdict = classifyCommand(command, options);
    out.push(JSON.stringify({ command, decision: verdict.decision, risk: verdict.risk, reasons: verdict.reasons }));
  }
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}
