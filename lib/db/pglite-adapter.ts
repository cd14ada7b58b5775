import type { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * pglite-prisma-adapter 0.7.2 starts `executeScript` (what migrations run through) without awaiting it:
 * the engine reports a migration applied before it ran, and a failing script becomes an unhandled
 * rejection instead of an error. This factory awaits the script and reports its error the way the
 * adapter reports query errors, so a failed migration fails and is named.
 */
export class PGliteAdapterFactory extends PrismaPGlite {
  constructor(private readonly pglite: PGlite) {
    super(pglite);
  }

  override async connect(): Promise<SqlDriverAdapter> {
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
    return adapter;
  }
}
