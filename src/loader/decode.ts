/** Why a file's bytes are not usable source text. */
export type DecodeFailure = "binary" | "invalid-utf8";

/** Decoded text, or the reason the bytes were refused. */
export type Decoded = { ok: true; text: string } | { ok: false; reason: DecodeFailure };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes a file's bytes as strict UTF-8; the decoder consumes a leading byte-order mark, so a
 * BOM before `#!` is gone too. NUL bytes mark a binary file, but real sources sometimes hold one
 * literal NUL in a string (a join separator), so one per kilobyte is tolerated.
 */
export function decodeSource(bytes: Uint8Array): Decoded {
  if (nulCount(bytes) > Math.max(1, bytes.length / 1000)) return { ok: false, reason: "binary" };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: "invalid-utf8" };
  }
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
