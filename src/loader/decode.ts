import { Buffer, isUtf8 } from "node:buffer";

/** Why a file's bytes are not usable source text. */
export type DecodeFailure = "binary" | "invalid-utf8";

/** Decoded text, or the reason the bytes were refused. */
export type Decoded = { ok: true; text: string } | { ok: false; reason: DecodeFailure };

/**
 * Decodes a file's bytes as strict UTF-8 and drops a leading byte-order mark, so a BOM before
 * `#!` is gone too (isUtf8 plus toString is several times faster than a fatal TextDecoder).
 * NUL bytes mark a binary file, but real sources sometimes hold one literal NUL in a string
 * (a join separator), so one per kilobyte is tolerated.
 */
export function decodeSource(bytes: Uint8Array): Decoded {
  if (nulCount(bytes) > Math.max(1, bytes.length / 1000)) return { ok: false, reason: "binary" };
  if (!isUtf8(bytes)) return { ok: false, reason: "invalid-utf8" };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** Number of lines in a text (a trailing newline does not open a new line for counting purposes). */
export function countLines(text: string): number {
  if (text.length === 0) return 0;
  let n = 1;
  let i = text.indexOf("\n");
  while (i !== -1) {
    n++;
    i = text.indexOf("\n", i + 1);
  }
  return text.endsWith("\n") ? n - 1 : n;
}

function nulCount(bytes: Uint8Array): number {
  let n = 0;
  let i = bytes.indexOf(0);
  while (i !== -1) {
    n++;
    i = bytes.indexOf(0, i + 1);
  }
  return n;
}
