import ignore, { type Ignore } from "ignore";

interface Layer {
  /** Directory of the ignore file, relative to the root ("" for the root). */
  base: string;
  rules: Ignore;
}

/**
 * Ignore rules in effect inside one directory: the config globs and every .gitignore from the
 * root down to it. A deeper file's rule overrides a shallower one, as in git.
 */
export class IgnoreStack {
  private constructor(private readonly layers: readonly Layer[]) {}

  /** The stack at the root, from the config's gitignore-style globs. */
  static fromGlobs(globs: readonly string[]): IgnoreStack {
    return new IgnoreStack(globs.length > 0 ? [{ base: "", rules: ignore({ allowRelativePaths: true }).add([...globs]) }] : []);
  }

  /** The stack inside directory `dir` (root-relative) whose .gitignore reads `text`. */
  withFile(dir: string, text: string): IgnoreStack {
    const rules = ignore({ allowRelativePaths: true }).add(text);
    return new IgnoreStack([...this.layers, { base: dir, rules }]);
  }

  /** Whether a root-relative path is ignored; directories are tested with a trailing slash. */
  ignores(rel: string, isDir: boolean): boolean {
    let ignored = false;
    for (const layer of this.layers) {
      const local = layer.base === "" ? rel : rel.slice(layer.base.length + 1);
      try {
        const result = layer.rules.test(isDir ? `${local}/` : local);
        if (result.ignored) ignored = true;
        else if (result.unignored) ignored = false;
      } catch {
        // A name the ignore library cannot express as a pattern path is never ignored.
      }
    }
    return ignored;
  }
}
