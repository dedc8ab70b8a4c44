import { ts } from "ts-morph";
import { calleeName, identifierWords } from "../../engine/ast.js";

/** Node's own file writers (and fs-extra's, write-file-atomic's). */
export const FS_WRITES = new Set([
  "writeFile", "writeFileSync", "appendFile", "appendFileSync", "createWriteStream", "outputFile", "outputJson", "outputJSON",
  "writeJson", "writeJSON", "writeJsonSync", "writeFileAtomic", "writeFileAtomicSync",
]);

/**
 * A project's own helper over fs, named for what it writes (`writeJsonFile`, `writeTextFileAtomic`,
 * `appendJsonLinesSync`): a file write whatever object it hangs on (`io.writeJsonFile`, `storage.appendJsonl`).
 */
const HELPER_WRITE = /^(?:write|append)(?:Text|Json|JSON|Yaml)File(?:Atomic)?(?:Sync)?$|^append(?:Json|JSON)(?:l|L|Lines)(?:Sync)?$|^write(?:Json|JSON)Atomic(?:Sync)?$/;

/** Whether a call's last name writes a file, and whether the receiver has to be an fs module for it to count. */
export function fileWriteKind(last: string): "fs" | "helper" | undefined {
  if (FS_WRITES.has(last)) return "fs";
  return HELPER_WRITE.test(last) ? "helper" : undefined;
}

/** Helpers that append JSON lines by name: each call is a journal append. */
export function isJsonLinesHelper(last: string): boolean {
  return /^append(?:Json|JSON)(?:l|L|Lines)/.test(last);
}

/** Fixed names of fs handles (`Bun`, `fs.promises`, `this.fs`). */
const FS_NAMES = /^(?:Bun|promises|fileSystem|fs\.promises|this\.fs|this\.fileSystem)$/;
/** Words that name an fs module or an injected one: `fs`, `fsp`, `fsExtra`, `nodeFs`, `fsDeps`, `deps.fs`. */
const FS_WORDS = new Set(["fs", "fsp", "fse"]);

/** Whether a receiver is the fs module, a promise or extra flavour of it, or an injected wrapper named for it. */
export function isFsReceiver(receiver: string): boolean {
  if (FS_NAMES.test(receiver)) return true;
  const last = receiver.slice(receiver.lastIndexOf(".") + 1);
  return identifierWords(last).some((w) => FS_WORDS.has(w)) || /^fsPromises$/i.test(last);
}

/**
 * `JSON.stringify(x) + "\n"` or `${JSON.stringify(x)}\n`, looked up through a local constant
 * (`const line = JSON.stringify(event) + "\n"; appendFile(file, line)`).
 */
export function isJsonLine(data: ts.Expression, fn: ts.Node | undefined): boolean {
  const init = ts.isIdentifier(data) && fn ? localInitializer(fn, data.text) : undefined;
  return jsonLineExpr(init ?? data);
}

function jsonLineExpr(data: ts.Node): boolean {
  let stringify = false;
  let newline = false;
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && calleeName(n) === "JSON.stringify") stringify = true;
    if ((ts.isStringLiteralLike(n) || ts.isTemplateTail(n) || ts.isTemplateMiddle(n)) && n.text.includes("\n")) newline = true;
    ts.forEachChild(n, visit);
  };
  visit(data);
  return stringify && newline;
}

/** The initializer of a `const name = ...` declared in a function's body. */
function localInitializer(fn: ts.Node, name: string): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === name && n.initializer) {
      found = n.initializer;
      return;
    }
    if (n !== fn && ts.isFunctionLike(n)) return;
    ts.forEachChild(n, visit);
  };
  visit(fn);
  return found;
}
