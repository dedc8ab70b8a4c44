/** Files that steer git, shells or agents: changing them runs code later, so they are never edited without a person. */
const PROTECTED = [/(^|\/)\.git(\/|$)/, /(^|\/)\.(bashrc|bash_profile|zshrc|zprofile|profile|gitconfig|gitmodules|npmrc)$/, /(^|\/)\.(vscode|idea|husky|claude)(\/|$)/, /(^|\/)\.mcp\.json$/];

/** Files whose content is a secret: reading them needs a person too. */
const SECRET = [/(^|\/)\.env(\.[^/]*)?$/, /(^|\/)\.ssh(\/|$)/, /(^|\/)id_(rsa|ed25519|ecdsa)[^/]*$/, /\.(pem|key)$/];

/** Why a workspace-relative path needs a person for this kind of access, or undefined. */
export function protectedReason(relPath: string, access: "read" | "write"): string | undefined {
  if (access === "write" && PROTECTED.some((re) => re.test(relPath))) return `${relPath} is a protected file`;
  if (SECRET.some((re) => re.test(relPath))) return `${relPath} may hold secrets`;
  return undefined;
}
