import { InputError, message, renderMessage } from "../messages.ts";
import { messageLang } from "./message-lang.ts";
import { benefitCommand } from "./benefit-command.ts";
import type { CommandIo } from "./io.ts";

const USAGE = `huzhu — workers' medical mutual-aid workbench

  huzhu benefit  --scenario S.json [--scenario S2.json] --members M.csv --claims C.csv [--format csv|json] [--lang en|zh] [--out FILE]
  huzhu simulate --scenario S.json [--paths N] [--years N] [--seed N] [--compare S2.json] [--threads N] [--out FILE] [--lang en|zh]
                 [--shard K/N --out shard-K.arrow]
  huzhu merge    shard-1.arrow … shard-N.arrow [--out results.json] [--lang en|zh]
  huzhu simulate --scenario S.json --stress epidemic[,cost-shock,membership-drop,anti-selection,low-interest] [--paths N] [--years N] [--seed N] [--format table|json] [--lang en|zh] [--out FILE]
  huzhu attribute --from A.json --to B.json [--paths N] [--years N] [--seed N] [--order bands,cap,deductible,allowance,fees,assumptions] [--format table|json] [--lang en|zh] [--out FILE]
  huzhu solve-fee --scenario S.json [--target-ruin 0.005] [--years N] [--paths N] [--seed N] [--threads N] [--out FILE] [--lang en|zh]
  huzhu synth    --scenario S.json --from YYYY --to YYYY [--seed N] [--scale 0.05] [--dirty 0.01] --out-dir DIR
  huzhu report   --scenario S.json --members M.csv --claims C.csv [--by region|unit_id|status|sex] [--format csv|json] [--lang en|zh] [--out FILE]
  huzhu reserve  --members M.csv --claims C.csv [--members … --claims …] --scenario S.json --valuation YYYY-MM-DD
                 [--grain month|quarter|year] [--origin admission|discharge] [--basis paid|reported]
                 [--method mack|bf|bootstrap] [--tail none|fitted|F] [--sigma mack|log-linear] [--simulations N]
                 [--seed N] [--held YUAN] [--prior-loss-ratio X] [--prior-cv C] [--format table|csv|json]
                 [--lang en|zh] [--out FILE]
  huzhu reserve  --triangle T.csv [--method mack|bootstrap] [--tail …] [--held YUAN] [--format …]
  huzhu calibrate --scenario S.json [--published FILE] [--format table|csv|json] [--lang en|zh] [--out FILE]
`;

type Command = (args: readonly string[], io: CommandIo) => number | Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  benefit: async () => benefitCommand,
  simulate: async () => (await import("./simulate-command.ts")).simulateCommand,
  merge: async () => (await import("./merge-command.ts")).mergeCommand,
  "solve-fee": async () => (await import("./solve-fee-command.ts")).solveFeeCommand,
  report: async () => (await import("./report-command.ts")).reportCommand,
  synth: async () => (await import("./synth-command.ts")).synthCommand,
  reserve: async () => (await import("./reserve-command.ts")).reserveCommand,
  attribute: async () => (await import("./attribute-command.ts")).attributeCommand,
  calibrate: async () => (await import("./calibrate-command.ts")).calibrateCommand,
};

/**
 * The `huzhu` command line: dispatches to a command and turns input errors into a message and exit code 2
 * (never a stack trace), a cancelled run (Ctrl-C) into "cancelled" and exit code 130. Returns the exit code.
 */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "help" || name === "-h") {
    io.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  const lang = messageLang(args);
  try {
    if (!load) throw new InputError([message.commandUnknown(name)]);
    const command = await load();
    return await command(args, io);
  } catch (error) {
    if (error instanceof Error && error.name === "CancelledError") {
      io.stderr.write(`huzhu ${name}: ${renderMessage(message.cancelled(), lang)}\n`);
      return 130;
    }
    if (error instanceof InputError) {
      io.stderr.write(`huzhu ${name}: ${error.texts(lang).join(`\nhuzhu ${name}: `)}\n`);
      return 2;
    }
    io.stderr.write(
      `huzhu ${name}: ${renderMessage(message.internalError((error as Error).message), lang)}\n`,
    );
    return 1;
  }
}
