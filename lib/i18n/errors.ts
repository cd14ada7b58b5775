/** What translates: the server's translator and a client component's `useTranslations()` alike. */
export interface Translate {
  (key: never, values?: never): string;
  has(key: never): boolean;
}

/** A field error key with named arguments (`fieldError("unknown_placeholder", { unknown: "{ticket}" })`). */
export function fieldError(key: string, values: Record<string, string | number>): string {
  return `${key}|${JSON.stringify(values)}`;
}

/**
 * Field errors are keys under `errors` ("invalid_email"); a key may carry a count ("code_wrong:3"), passed
 * as {count}, or named arguments as JSON after a bar (`fieldError`). A key the catalogue lacks reads as the
 * generic error.
 */
export function translateErrors(t: Translate, keys: string[] | undefined): string[] | undefined {
  const translate = t as unknown as ((key: string, values?: Record<string, string | number>) => string) & {
    has(key: string): boolean;
  };
  return keys?.map((key) => {
    const bar = key.indexOf("|");
    const head = bar < 0 ? key : key.slice(0, bar);
    const [name = head, count] = head.split(":");
    const path = `errors.${name}`;
    if (!translate.has(path)) return translate("errors.generic");
    const values: Record<string, string | number> = bar < 0 ? {} : (JSON.parse(key.slice(bar + 1)) as typeof values);
    if (count !== undefined) values.count = Number(count);
    return translate(path, Object.keys(values).length ? values : undefined);
  });
}
