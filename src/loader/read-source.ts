import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import type { Diagnostic } from "../core/types.js";
import { countLines, decodeSource } from "./decode.js";
import { describeFsError } from "./fs-errors.js";
import { skipByContent } from "./skip.js";
import type { FileRole, LoadedFile } from "./types.js";

const DECODE_REASON = { binary: "binary file (contains NUL bytes)", "invalid-utf8": "not valid UTF-8" } as const;

/**
 * Reads one file as source text, or says why it was skipped. Synchronous on purpose: for
 * thousands of small files the promise-based FileHandle calls cost several times the reads.
 */
export function readSource(rel: string, abs: string, role: FileRole, maxBytes: number): LoadedFile | Diagnostic {
  let bytes: Uint8Array;
  try {
    const fd = openSync(abs, "r");
    try {
      const info = fstatSync(fd);
      if (!info.isFile()) return { file: rel, message: "skipped: not a regular file" };
      if (info.size > maxBytes) return { file: rel, message: `skipped: ${info.size} bytes is over the ${maxBytes} byte limit` };
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { file: rel, message: `could not read: ${describeFsError(error)}` };
  }
  if (bytes.length > maxBytes) return { file: rel, message: `skipped: ${bytes.length} bytes is over the ${maxBytes} byte limit` };
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { file: rel, message: `skipped: ${DECODE_REASON[decoded.reason]}` };
  const lines = countLines(decoded.text);
  const skipped = role === "markdown" ? undefined : skipByContent(decoded.text, lines);
  if (skipped) return { file: rel, message: `skipped: ${skipped}` };
  return { path: rel, absPath: abs, role, text: decoded.text, lines };
}
