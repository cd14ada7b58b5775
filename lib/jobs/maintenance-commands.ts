import "server-only";
import type { Connection } from "@/lib/db/client";
import { writeBackup } from "@/lib/server/backup/write-backup";
import { retireOldKeys } from "@/lib/server/keys/retire-old-keys";
import { runKeyRotation } from "@/lib/server/keys/run-key-rotation";
import { previewRetention } from "@/lib/server/retention/preview-retention";
import { runRetention } from "@/lib/server/retention/run-retention";
import type { MaintenanceHandlers } from "./maintenance-socket";

/** What the maintenance commands do on an embedded connection (in the server, or in a tool when none runs). */
export function maintenanceHandlers(connection: Connection, dataDir: string): MaintenanceHandlers {
  return {
    backup: () => {
      if (!connection.adapter.pglite) throw new Error("backups through the app are for the embedded database");
      return writeBackup(connection.adapter.pglite, dataDir);
    },
    retention: () => runRetention(connection.prisma, new Date(), { dataDir }),
    "retention-dry-run": () => previewRetention(connection.prisma),
    // In the server, these also switch the keys its request handlers use (see lib/crypto/field-keys.ts).
    "keys-rotate": () => runKeyRotation(connection.prisma),
    "keys-retire-old": () => retireOldKeys(connection.prisma),
  };
}
