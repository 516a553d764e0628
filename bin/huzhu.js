#!/usr/bin/env node
// The `huzhu` command. It runs the TypeScript sources directly through tsx, so that after
// `npm ci` in a checkout `npx huzhu …` works with no build step to remember.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
