#!/usr/bin/env node
// The `huzhu` command. It runs the TypeScript sources directly through tsx, so that after
// `npm ci` in a checkout `npx huzhu …` works with no build step to remember.
import { setInterval } from "node:timers";
import { register } from "tsx/esm/api";

// Ctrl-C (SIGINT): a running simulation or fee search handles it itself (it stops its threads, prints
// "cancelled" and exits 130, writing no file). Any other command is stopped here with the same word and
// code; its writes are synchronous and renamed into place when complete, so no partial file is left.
process.on("SIGINT", () => {
  if (process.listenerCount("SIGINT") > 1) return;
  process.stderr.write(
    /(^|,)--lang(=|,)zh(,|$)/.test(process.argv.join(",")) ? "huzhu：已取消\n" : "huzhu: cancelled\n",
  );
  process.exit(130);
});
// Started by npx, this process is npx's child. If npx alone is stopped, this process is orphaned (its
// parent changes): cancel as for Ctrl-C rather than run on and write results nobody waits for.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, "SIGINT");
}, 250).unref();

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
