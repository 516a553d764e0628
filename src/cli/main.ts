import { InputError, LANGS, type Lang, message, renderMessage } from "../messages.ts";
import { benefitCommand } from "./benefit-command.ts";
import type { CommandIo } from "./io.ts";

const USAGE = `huzhu — workers' medical mutual-aid workbench

  huzhu benefit  --scenario S.json [--scenario S2.json] --members M.csv --claims C.csv [--format csv|json] [--lang en|zh] [--out FILE]
  huzhu simulate --scenario S.json [--paths N] [--years N] [--seed N] [--compare S2.json] [--threads N] [--out FILE]
  huzhu solve-fee --scenario S.json [--target-ruin 0.005] [--years N] [--paths N] [--seed N] [--threads N]
  huzhu synth    --scenario S.json --from YYYY --to YYYY [--seed N] [--scale 0.05] [--dirty 0.01] --out-dir DIR
  huzhu report   --scenario S.json --members M.csv --claims C.csv [--by region|unit_id|status|sex] [--format csv|json] [--lang en|zh] [--out FILE]
  huzhu reserve  --members M.csv --claims C.csv [--members … --claims …] --scenario S.json --valuation YYYY-MM-DD
                 [--grain month|quarter|year] [--origin admission|discharge] [--basis paid|reported]
                 [--method mack|bf|bootstrap] [--tail none|fitted|F] [--simulations N] [--seed N] [--held YUAN]
                 [--prior-loss-ratio X] [--format table|csv|json] [--lang en|zh] [--out FILE]
  huzhu reserve  --triangle T.csv [--method mack|bootstrap] [--tail …] [--held YUAN] [--format …]
`;

type Command = (args: readonly string[], io: CommandIo) => number | Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  benefit: async () => benefitCommand,
  simulate: async () => (await import("./simulate-command.ts")).simulateCommand,
  "solve-fee": async () => (await import("./solve-fee-command.ts")).solveFeeCommand,
  report: async () => (await import("./report-command.ts")).reportCommand,
  synth: async () => (await import("./synth-command.ts")).synthCommand,
  reserve: async () => (await import("./reserve-command.ts")).reserveCommand,
};

/** The language of messages: `--lang zh|en` (or `--lang=…`) anywhere in the arguments, else English. */
export function messageLang(args: readonly string[]): Lang {
  let value: string | undefined;
  args.forEach((arg, index) => {
    if (arg === "--lang") value = args[index + 1];
    else if (arg.startsWith("--lang=")) value = arg.slice("--lang=".length);
  });
  return LANGS.includes(value as Lang) ? (value as Lang) : "en";
}

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
  const lang = messageLang(args);
  try {
    if (!load) throw new InputError([message.commandUnknown(name)]);
    const command = await load();
    return await command(args, io);
  } catch (error) {
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
