import { InputError, message } from "../messages.ts";
import { benefitCommand } from "./benefit-command.ts";
import type { CommandIo } from "./io.ts";

const USAGE = `huzhu — workers' medical mutual-aid workbench

  huzhu benefit  --scenario S.json [--scenario S2.json] --members M.csv --claims C.csv [--format csv|json] [--lang en|zh] [--out FILE]
  huzhu simulate --scenario S.json [--paths N] [--years N] [--seed N] [--compare S2.json] [--threads N] [--out FILE]
                 [--shard K/N --out shard-K.arrow]
  huzhu merge    shard-1.arrow … shard-N.arrow [--out results.json]
  huzhu solve-fee --scenario S.json [--target-ruin 0.005] [--years N] [--paths N] [--seed N] [--threads N]
  huzhu report   --scenario S.json --members M.csv --claims C.csv [--by region|unit_id|status|sex] [--format csv|json] [--lang en|zh] [--out FILE]
`;

type Command = (args: readonly string[], io: CommandIo) => number | Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  benefit: async () => benefitCommand,
  simulate: async () => (await import("./simulate-command.ts")).simulateCommand,
  merge: async () => (await import("./merge-command.ts")).mergeCommand,
  "solve-fee": async () => (await import("./solve-fee-command.ts")).solveFeeCommand,
  report: async () => (await import("./report-command.ts")).reportCommand,
};

/**
 * The `huzhu` command line: dispatches to a command and turns input errors into a message and exit code 2
 * (never a stack trace). Returns the exit code.
 */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "help" || name === "-h") {
    io.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  try {
    if (!load) throw new InputError([message.commandUnknown(name)]);
    const command = await load();
    return await command(args, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr.write(`huzhu ${name}: ${error.problems.join(`\nhuzhu ${name}: `)}\n`);
      return 2;
    }
    io.stderr.write(`huzhu ${name}: internal error: ${(error as Error).message}\n`);
    return 1;
  }
}
