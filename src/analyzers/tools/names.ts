import { ts } from "ts-morph";

/** Helper calls that declare a tool from an options object (Vercel AI SDK, OpenAI Agents, Mastra, local factories). */
export const TOOL_HELPERS = new Set([
  "tool",
  "createTool",
  "defineTool",
  "buildTool",
  "makeTool",
  "dynamicTool",
  "functionTool",
  "createFunctionTool",
  "createStructuredTool",
  "defineFunctionTool",
]);

/** Classes constructed with a tool options object (LangChain and the like). */
export const TOOL_CLASSES = new Set(["DynamicStructuredTool", "DynamicTool", "StructuredTool", "FunctionTool", "Tool"]);

/** Keys that hold a tool's input schema. */
export const SCHEMA_KEYS = new Set([
  "parameters",
  "inputSchema",
  "input_schema",
  "schema",
  "argsSchema",
  "paramsSchema",
  "parametersJsonSchema",
  "parameterSchema",
  "zodSchema",
]);

/** Keys that hold a tool's handler. */
export const HANDLER_KEYS = new Set(["execute", "run", "handler", "handle", "call", "invoke", "func", "fn", "callback", "_call"]);

/** A handler key, also capitalised as some codebases write it (`{ Param: {...}, Execute: bash }`). */
export function isHandlerKey(key: string): boolean {
  return HANDLER_KEYS.has(key) || HANDLER_KEYS.has(key.charAt(0).toLowerCase() + key.slice(1));
}

/** Methods of a tool class (or of its invocation class) that run the tool. */
export const HANDLER_METHODS = new Set(["execute", "run", "_call", "call", "invoke", "handle", "handler", "executeTool"]);

/** Keys or members that carry risk metadata. */
export const RISK_KEYS = new Set([
  "readOnly",
  "readOnlyHint",
  "isReadOnly",
  "destructiveHint",
  "destructive",
  "isDestructive",
  "idempotentHint",
  "idempotent",
  "openWorldHint",
  "risk",
  "riskLevel",
  "dangerous",
  "mutating",
  "isMutating",
  "kind",
  "isConcurrencySafe",
  "annotations",
]);

/** Keys or members by which a tool asks for approval before it runs. */
export const APPROVAL_KEYS = new Set([
  "needsApproval",
  "requiresApproval",
  "requireApproval",
  "needsConfirmation",
  "requiresConfirmation",
  "requireConfirmation",
  "approval",
  "shouldConfirmExecute",
  "getConfirmationDetails",
  "checkPermissions",
  "needsPermission",
  "askPermission",
]);

/** Base classes a tool class extends (gemini-cli, LangChain, home-grown harnesses). */
export const TOOL_BASE = /(?:^|[a-z])(?:Tool|DeclarativeTool|StructuredTool)$/;
/** Base classes of a per-call invocation object whose `params` the model chose (gemini-cli). */
export const INVOCATION_BASE = /ToolInvocation$/;

/**
 * Callee names that decide whether an action may run: permission engines, approval prompts,
 * validators. Matched against the last segment of the callee.
 */
export const DECISION_CALL =
  /^(?:check\w*Permissions?(?:And\w+)?|check\w*Policy(?:And\w+)?|checkApproval|canUseTool|canUse|canRun|canExecute|hasPermission|is\w*Allowed|isDenied|isBlocked|isPermitted|needsApproval|requiresApproval|request\w*(?:Approval|Permission)|ask\w*(?:Approval|Permission)|askUser|get\w*Approval|resolve\w*(?:Approval|Policy|Permission)|evaluate\w*(?:Policy|Permission)|shouldConfirmExecute|shouldAutoApprove\w*|getConfirmationDetails|confirm|confirmAction|confirmExecution|confirmCommand|confirmToolCall|prompt\w*Approval|humanInTheLoop|hitl\w*|askHuman\w*|requestHuman\w*|humanApproval\w*|waitFor\w*Approval|authorize\w*|decide|get\w*Permission|approve|(?:user|ask|get|request|prompt)\w*Confirm\w*|\w*Confirms?(?:Tool|Execution|Command|Action|Run)\w*|on(?:Tool)?(?:Approval|Permission)(?:Request(?:ed)?|Needed|Required)?)$/i;

/** Receivers whose `.check`/`.evaluate`/`.decide` is a policy decision. */
export const POLICY_RECEIVER = /(?:policy|permission|approval|guard|gate|rules?Engine)/i;

/** Callee names that check a shell command or a path before use (validators, deny lists). */
export const VALIDATOR_CALL =
  /^(?:validate|check|assert|ensure|verify|sanitize|guard)\w*(?:Command|Shell|Cmd|Path|Input|Args?)(?:Safety|Security)?$|^is(?:Safe|Dangerous|Destructive|Allowed|Blocked|Forbidden)\w*$|^is\w*(?:Safe|Dangerous|Allowed|Blocked|Forbidden)$|^\w*(?:Block|Blocked|Deny|Denial|Reject|Rejection)Reason$|^(?:get|find|match)\w*(?:Blocked|Denied|Dangerous|Forbidden)\w*$/i;

/** Hooks that run after a tool: they cannot stop it. */
export const POST_HOOK = /(?:Complete|Completed|End|Ended|Finish|Finished|Result|Results|Error|Done|Success|Output|Update|Progress)$/;
/** Hooks run before a tool whose verdict can block it (Claude Code's PreToolUse, `beforeToolCall`). */
export const HOOK_GATE =
  /^(?:before|pre|on)(?:Tool(?:Call|Use|Execution)?|Execute)\w*$|^run(?:Pre)?ToolUseHooks?$|^preToolUse$|^(?:fire|run|execute|trigger|call|invoke)\w*PreTool(?:Use)?\w*$|^emitToolCall$/i;

/** Interactive prompts used as a yes/no gate in small agents (readline, inquirer, prompts). */
export const PROMPT_CALL = /^(?:question|prompt|ask|select|confirm)$/;

/** Programs that interpret their argument as a shell script. */
export const SHELL_PROGRAMS = /^(?:\/(?:usr\/)?bin\/)?(?:bash|sh|zsh|dash|ksh|fish|cmd|cmd\.exe|powershell|powershell\.exe|pwsh)$/i;

/** Identifiers that hold a shell program chosen at run time (`shell`, `getShell()`, `SHELL_PATH`). */
export const SHELL_IDENTIFIER = /(?:shell|bash)/i;

/** The last name of a call's callee without building the dotted name: `create` for `a.b.create(...)`. */
export function calleeLastName(expr: ts.Expression): string | undefined {
  if (ts.isNonNullExpression(expr)) return calleeLastName(expr.expression);
  if (ts.isIdentifier(expr)) return expr.text;
  if (ts.isPropertyAccessExpression(expr)) return expr.name.text;
  return undefined;
}
