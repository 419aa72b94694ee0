/** Env var names are pasted into shell, Python and JS source unquoted, so only plain identifiers pass. */
export function assertEnvVarName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Not an environment variable name: ${name}`);
  return name;
}
