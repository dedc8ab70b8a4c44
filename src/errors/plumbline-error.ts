/** Exit codes of the CLI contract. */
export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 3 } as const;

/** Base of every error Plumbline raises on purpose; carries a stable code and the exit code it maps to. */
export class PlumblineError extends Error {
  override readonly name: string = "PlumblineError";
  constructor(
    message: string,
    readonly code: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
