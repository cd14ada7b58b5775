import { translateErrors, type Translate } from "@/lib/i18n/errors";

/**
 * A form's errors as people read them: field errors are keys under `errors` ("invalid_email",
 * "use_at_most:200"), from the schema in the browser or from the server alike, worded by `t`; the whole
 * form's errors (under "") come worded from the server already, so only a key among them is translated.
 */
export function wordErrors(t: Translate, errors: Record<string, string[]>): Record<string, string[]> {
  const translate = t as unknown as { has(key: string): boolean };
  const worded: Record<string, string[]> = {};
  for (const [field, keys] of Object.entries(errors)) {
    worded[field] =
      field === ""
        ? keys.map((key) => (translate.has(`errors.${key.split(":")[0]}`) ? translateErrors(t, [key])![0]! : key))
        : (translateErrors(t, keys) ?? []);
  }
  return worded;
}
