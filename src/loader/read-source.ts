import { open } from "node:fs/promises";
import type { Diagnostic } from "../core/types.js";
import { countLines, decodeSource } from "./decode.js";
import { describeFsError } from "./fs-errors.js";
import { skipByContent } from "./skip.js";
import type { FileRole, LoadedFile } from "./types.js";

const DECODE_REASON = { binary: "binary file (contains NUL bytes)", "invalid-utf8": "not valid UTF-8" } as const;

/** Reads one file as source text, or says why it was skipped. */
export async function readSource(rel: string, abs: string, role: FileRole, maxBytes: number): Promise<LoadedFile | Diagnostic> {
  let bytes: Uint8Array;
  try {
    const handle = await open(abs, "r");
    try {
      const info = await handle.stat();
      if (!info.isFile()) return { file: rel, message: "skipped: not a regular file" };
      if (info.size > maxBytes) return { file: rel, message: `skipped: ${info.size} bytes is over the ${maxBytes} byte limit` };
      bytes = await handle.readFile();
    } finally {
      await handle.close();
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
