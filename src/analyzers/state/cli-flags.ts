import { ts } from "ts-morph";
import { calleeName, lastSegment } from "../../engine/ast.js";

/**
 * Whether a `--resume` / `--continue` string is this program's own resume flag: declared or compared
 * here, and not passed to git (`git rebase --continue` resumes a rebase, not an agent session).
 */
export function isOwnResumeFlag(ancestors: readonly ts.Node[]): boolean {
  return !inGitCall(ancestors) && ownFlag(ancestors);
}

const EQUALITY = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);

/** Calls through which a program declares or reads its own flags (commander, yargs, `argv.includes`). */
const OWN_FLAG_CALL = /^(?:option|requiredOption|Option|flag|alias|includes|indexOf|has|hasFlag|get|boolean|string)$/;

/**
 * The flag is this program's own: declared as an option, compared with an argument or a `case`
 * label. A flag pushed into an argument list (`args.push("--continue")`) is another program's.
 */
function ownFlag(ancestors: readonly ts.Node[]): boolean {
  const parent = ancestors[ancestors.length - 1];
  if (!parent) return false;
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) return OWN_FLAG_CALL.test(lastSegment(calleeName(parent)) ?? "");
  if (ts.isBinaryExpression(parent)) return EQUALITY.has(parent.operatorToken.kind);
  return ts.isCaseClause(parent) || ts.isPropertyAssignment(parent) || ts.isSwitchStatement(parent);
}

/** Git subcommands that take `--continue`; a flag passed with one, or to a git call, is git's own. */
const GIT_CONTINUES = /^(?:rebase|merge|cherry-pick|revert|am|git)$/;

function inGitCall(ancestors: readonly ts.Node[]): boolean {
  for (let i = ancestors.length - 1; i >= Math.max(0, ancestors.length - 3); i--) {
    const node = ancestors[i];
    if (!node) continue;
    if (ts.isCallExpression(node)) return /git|rebase|merge|cherry/i.test(calleeName(node) ?? "") || node.arguments.some((a) => ts.isStringLiteralLike(a) && GIT_CONTINUES.test(a.text));
    if (ts.isArrayLiteralExpression(node) && node.elements.some((e) => ts.isStringLiteralLike(e) && GIT_CONTINUES.test(e.text))) return true;
  }
  return false;
}
