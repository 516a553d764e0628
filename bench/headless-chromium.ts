import { chromium, type Browser } from "playwright-core";
import type { ViteDevServer } from "vite";

/**
 * Starts `server` on a free port and launches Debian's headless Chromium beside it, as the page benches
 * need: the port to load the bench page from and the browser (closed by the caller).
 */
export async function serveToChromium(server: ViteDevServer): Promise<{ port: number; browser: Browser }> {
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  return { port, browser };
}
