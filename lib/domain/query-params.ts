/**
 * Query strings of pages and exports. Staff share, bookmark and edit these URLs by hand, so a value that
 * does not parse is never an internal error: pages leave it out and say so, exports answer 400, and both
 * name the parameter.
 */
import type { z } from "zod";

/** A query string as Next hands it to a page: a key given twice has an array of values. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** What was wrong with which parameter, in the field-error shape forms and the API use. */
export type QueryErrors = Record<string, string[]>;

/** A route handler's query string in the shape Next gives pages, so both read it alike. */
export function searchParamsOf(url: string): SearchParams {
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(url).searchParams) {
    const seen = params[key];
    params[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return params;
}

/** The first value of each key (a link or a GET form sends one), keeping only the keys asked for. */
export function firstValues(params: SearchParams, keys: readonly string[]): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const key of keys) {
    const value = params[key];
    const one = Array.isArray(value) ? value[0] : value;
    if (one !== undefined) flat[key] = one;
  }
  return flat;
}

/** A failed parse's issues, under the parameter each is about. */
export function queryErrorsOf(error: z.ZodError): QueryErrors {
  const errors: QueryErrors = {};
  for (const issue of error.issues) (errors[String(issue.path[0] ?? "query")] ??= []).push(issue.message);
  return errors;
}

/**
 * Parses with `schema`; on failure leaves out the parameters it names (dropped from `flat`) and parses the
 * rest, which then holds only valid values or none.
 */
export function parseLeavingOut<S extends z.ZodType>(
  schema: S,
  flat: Record<string, string>,
): { value: z.infer<S>; errors: QueryErrors } {
  const parsed = schema.safeParse(flat);
  if (parsed.success) return { value: parsed.data, errors: {} };
  const errors = queryErrorsOf(parsed.error);
  const rest = Object.fromEntries(Object.entries(flat).filter(([key]) => !(key in errors)));
  return { value: schema.parse(rest), errors };
}
