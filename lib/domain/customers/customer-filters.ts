import { z } from "zod";

/** The registry page's search as it lives in the URL: text (name, alias or contact) and the active flag. */
export const customerFiltersSchema = z.object({
  q: z.preprocess((v) => (typeof v === "string" ? v : undefined), z.string().trim().max(200).catch("").default("")),
  active: z.enum(["all", "active", "inactive"]).catch("all").default("all"),
});
export type CustomerFilters = z.infer<typeof customerFiltersSchema>;

export function parseCustomerFilters(params: Record<string, string | string[] | undefined>): CustomerFilters {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return customerFiltersSchema.parse({ q: first(params.q), active: first(params.active) });
}
