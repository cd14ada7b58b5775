import net from "node:net";

export interface TcpProxy {
  port: number;
  /** Connections opened through the proxy so far. */
  readonly connections: number;
  /** Drops every open connection and stops listening: new connections are refused, as by a stopped server. */
  cut(): Promise<void>;
  /** Listens again on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A TCP relay on 127.0.0.1 to `target`, for simulating a server that goes away (a database restart):
 * `cut()` resets every open connection and closes the port, `restore()` opens it again.
 */
export async function startTcpProxy(target: { host: string; port: number }, port = 0): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  let opened = 0;
  let server: net.Server | undefined;

  const listen = (at: number) =>
    new Promise<net.Server>((resolve, reject) => {
      const s = net.createServer((client) => {
        opened++;
        const upstream = net.connect(target.port, target.host);
        open.add(client).add(upstream);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          open.delete(client);
          open.delete(upstream);
        };
        client.on("error", drop).on("close", drop);
        upstream.on("error", drop).on("close", drop);
        client.pipe(upstream);
        upstream.pipe(client);
      });
      s.once("error", reject);
      s.listen(at, "127.0.0.1", () => resolve(s));
    });

  server = await listen(port);
  const bound = (server.address() as net.AddressInfo).port;

  const stop = async () => {
    const current = server;
    server = undefined;
    const closed = current ? new Promise<void>((r) => current.close(() => r())) : Promise.resolve();
    for (const socket of open) socket.resetAndDestroy();
    open.clear();
    await closed;
  };

  return {
    port: bound,
    get connections() {
      return opened;
    },
    cut: stop,
    async restore() {
      if (!server) server = await listen(bound);
    },
    close: stop,
  };
}
