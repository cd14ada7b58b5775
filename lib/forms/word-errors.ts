import { translateErrors, type Translate } from "@/lib/i18n/errors";

/** A key as schemas write them ("invalid_email", "use_at_most:200"), not a sentence. */
const KEY = /^[a-z][a-z0-9_]*(:\d+)?(\|\{.*\})?$/s;

/**
 * A form's errors as people read them: field errors are keys under `errors` ("invalid_email",
 * "use_at_most:200"), from the schema in the browser or from the server alike, worded by `t` (an unknown
 * key reads as the generic error). What is not a key is already a sentence and is kept: the whole form's
 * errors (under "") come worded from the server, and a schema may still say its own words.
 */
export function wordErrors(t: Translate, errors: Record<string, string[]>): Record<string, string[]> {
  const worded: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(errors)) {
    worded[field] = messages.map((message) => (KEY.test(message) ? translateErrors(t, [message])![0]! : message));
  }
  return worded;
}
