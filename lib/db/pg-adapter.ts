import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";

/**
 * @prisma/adapter-pg 7.10 runs a migration script by splitting it on every ";", which cuts function
 * bodies (plpgsql), string literals and comments that contain one. This factory sends the script whole,
 * as the native schema engine does: PostgreSQL's simple query protocol runs several statements in one
 * message (as one implicit transaction, so a failing migration leaves nothing half applied).
 */
export class PgAdapterFactory extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver();
    const report = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        report(error);
      }
    };
    return adapter;
  }
}
