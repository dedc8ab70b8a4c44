import { EXIT, PlumblineError } from "./plumbline-error.js";

/** A bug in Plumbline itself. */
export class InternalError extends PlumblineError {
  override readonly name = "InternalError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "internal", EXIT.internal);
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}
