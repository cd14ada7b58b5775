/** What translates: the server's translator and a client component's `useTranslations()` alike. */
export interface Translate {
  (key: never, values?: never): string;
  has(key: never): boolean;
}

/**
 * Field errors are keys under `errors` ("invalid_email"); a key may carry a count ("code_wrong:3"), passed
 * as {count}. A key the catalogue lacks reads as the generic error.
 */
export function translateErrors(t: Translate, keys: string[] | undefined): string[] | undefined {
  const translate = t as unknown as ((key: string, values?: Record<string, number>) => string) & {
    has(key: string): boolean;
  };
  return keys?.map((key) => {
    const [name = key, count] = key.split(":");
    const path = `errors.${name}`;
    if (!translate.has(path)) return translate("errors.generic");
    return translate(path, count === undefined ? undefined : { count: Number(count) });
  });
}
