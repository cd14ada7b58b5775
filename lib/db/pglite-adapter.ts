import "server-only";
import type { PGlite, Transaction } from "@electric-sql/pglite";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

type QueryOptions = Parameters<PGlite["query"]>[2];
type Parsers = NonNullable<NonNullable<QueryOptions>["parsers"]>;

/**
 * pglite-prisma-adapter 0.7.2 starts `executeScript` (what migrations run through) without awaiting it:
 * the engine reports a migration applied before it ran, and a failing script becomes an unhandled
 * rejection instead of an error. This factory awaits the script and reports its error the way the
 * adapter reports query errors, so a failed migration fails and is named.
 *
 * The adapter also passes its type parsers with every query, and PGlite then copies its whole parser
 * table (several hundred types) into a new object for each query, about a tenth of a millisecond every
 * time. The factory installs the adapter's parsers into the instance's table once and leaves them out of
 * each query: the same parsers apply, without the copy.
 *
 * `ready`, when given, is awaited before the first connection (the data directory made private).
 */
export class PGliteAdapterFactory extends PrismaPGlite {
  constructor(
    private readonly pglite: PGlite,
    private readonly ready?: Promise<void>,
  ) {
    super(pglite);
  }

  override async connect(): Promise<SqlDriverAdapter> {
    await this.ready;
    const adapter = await super.connect();
    const pglite = this.pglite;
    const report = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
    adapter.executeScript = async (script: string) => {
      try {
        await pglite.exec(script);
      } catch (error) {
        report(error);
      }
    };
    const queryable = adapter as unknown as { client: PGlite };
    queryable.client = withParsersInstalled(pglite);
    return adapter;
  }
}

function withParsersInstalled(pglite: PGlite): PGlite {
  let installed: Parsers | undefined;
  // Installed after start-up, which fills the table's array types (the adapter's own array parsers win).
  const install = async (parsers: Parsers): Promise<boolean> => {
    if (installed === undefined) {
      await pglite.waitReady;
      if (installed === undefined) {
        Object.assign(pglite.parsers, parsers);
        installed = parsers;
      }
    }
    return installed === parsers;
  };
  const query = (target: Pick<PGlite, "query">) => async (sql: string, params?: unknown[], options?: QueryOptions) => {
    if (options?.parsers && (await install(options.parsers))) {
      return target.query(sql, params, { ...options, parsers: undefined });
    }
    return target.query(sql, params, options);
  };
  const inTransaction = (tx: Transaction): Transaction =>
    new Proxy(tx, {
      get: (target, prop) => (prop === "query" ? query(target) : (Reflect.get(target, prop) as unknown)),
    });
  return new Proxy(pglite, {
    get(target, prop) {
      if (prop === "query") return query(target);
      if (prop === "transaction") {
        return <T>(fn: (tx: Transaction) => Promise<T>) => target.transaction((tx) => fn(inTransaction(tx)));
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
