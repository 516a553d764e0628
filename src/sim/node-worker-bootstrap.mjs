// Loads the TypeScript worker entry through tsx, so worker threads run the sources with no build step.
import { register } from "tsx/esm/api";

register();
await import("./node-worker.ts");
