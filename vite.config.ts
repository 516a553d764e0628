// The workbench's dev server and build: `npm start` serves index.html (src/ui/main.ts), `vite build`
// writes dist/. Everything is bundled: the page needs no network (no CDN, no web fonts).
import { defineConfig } from "vite";

export default defineConfig({
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  worker: { format: "es" },
  build: { target: "es2022", chunkSizeWarningLimit: 2000 },
  optimizeDeps: {
    // Listed so the dev server bundles them up front (the Web Worker's imports are not scanned): a first
    // run never waits for, or reloads on, a late dependency optimisation.
    entries: ["index.html"],
    include: [
      "vega-embed",
      "vega",
      "vega-lite",
      "ajv",
      "arquero",
      "seedrandom",
      "exceljs",
      "simple-statistics",
    ],
  },
});
