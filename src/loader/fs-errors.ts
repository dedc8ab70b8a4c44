const REASONS: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOENT: "no such file or directory",
  ELOOP: "symlink loop",
  ENAMETOOLONG: "name too long",
  ENOTDIR: "not a directory",
  EISDIR: "is a directory",
  EIO: "I/O error",
  EMFILE: "too many open files",
};

/** A short human reason for a file-system error, without a stack. */
export function describeFsError(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") {
    return REASONS[error.code] ?? error.code;
  }
  return error instanceof Error ? error.message : String(error);
}
