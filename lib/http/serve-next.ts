import "server-only";
import next from "next";
import { env } from "@/lib/config/env";
import { createAppServer } from "./app-server";
import { parseTrustedProxies } from "./client-address";

/**
 * Serves the app as `next start` (or `next dev`) would, but through createAppServer, so every request
 * carries the client's address resolved from the socket. Stops on SIGINT and SIGTERM.
 */
export async function serveNext({ dev, port }: { dev: boolean; port: number }): Promise<void> {
  const app = next({ dev, dir: process.cwd(), hostname: "localhost", port });
  await app.prepare();
  const server = createAppServer(app.getRequestHandler(), parseTrustedProxies(env().TRUSTED_PROXIES));
  if (dev) {
    // Hot reloading in development talks over a WebSocket.
    const upgrade = app.getUpgradeHandler();
    server.on("upgrade", (request, socket, head) => void upgrade(request, socket, head));
  }
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve());
  });
  console.log(`Rightsdesk is listening on http://localhost:${port}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.close();
      server.closeAllConnections();
      void app.close().finally(() => process.exit(0));
    });
  }
}
