import { main } from "../../src/cli/main.ts";

/** Runs the CLI in this process and captures what it writes. */
export async function runCli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}
