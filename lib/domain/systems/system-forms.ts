import { z } from "zod";
import { SystemSecretKind } from "@/lib/db/generated/enums";
import { MAX_IMPORT_BYTES } from "./system-csv";
import { checkReach, storedFields, systemFieldsObject } from "./system-schema";

/** The systems registry's forms (browser and use-cases); adding a system is `systemFieldsSchema`. */

const systemId = z.string({ message: "unknown_system" }).uuid("unknown_system");

export const updateSystemSchema = systemFieldsObject
  .extend({
    systemId,
    /** When the editor loaded the system: a change made since is not silently overwritten. */
    expectedUpdatedAt: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.iso.datetime().optional()),
  })
  .superRefine(checkReach)
  .transform(storedFields);

/**
 * "Rotate": a new signing secret or API token; the current one keeps working for the overlap, or stops at
 * once when it leaked (`retireNow`).
 */
export const rotateSystemSecretSchema = z.object({
  systemId,
  kind: z.enum(SystemSecretKind, { message: "choose_secret_kind" }),
  retireNow: z.boolean({ message: "tick_or_leave_empty" }).optional(),
});

const CHOOSE_A_FILE = "choose_csv_file";

/** The CSV import's one field; the use-case reads the file's rows (all or nothing). */
export const importSystemsSchema = z.object({
  file: z
    .instanceof(File, { message: CHOOSE_A_FILE })
    .refine((file) => file.size > 0, CHOOSE_A_FILE)
    .refine((file) => file.size <= MAX_IMPORT_BYTES, "import_file_too_large"),
});

/** The registry page's search as it lives in the URL: text and the active flag. */
export const systemFiltersSchema = z.object({
  q: z.preprocess((v) => (typeof v === "string" ? v : undefined), z.string().trim().max(200).catch("").default("")),
  active: z.enum(["all", "active", "inactive"]).catch("all").default("all"),
});
export type SystemFilters = z.infer<typeof systemFiltersSchema>;

export function parseSystemFilters(params: Record<string, string | string[] | undefined>): SystemFilters {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return systemFiltersSchema.parse({ q: first(params.q), active: first(params.active) });
}
