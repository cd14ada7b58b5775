import { parseWithZod } from "@conform-to/zod/v4";
import { configureCoercion } from "@conform-to/zod/v4/future";
import type { z } from "zod";

/**
 * How a form's text becomes the schema's values, the same in the browser and on the server: an empty
 * field is absent, a ticked checkbox ("on") and a "yes" radio are true, "no" is false, numbers and dates
 * are read from the schema's types, files stay files and dotted names ("requester.email") nest.
 */
const coercion = configureCoercion({
  type: {
    boolean: (text) => {
      if (text === "on" || text === "yes" || text === "true") return true;
      if (text === "no" || text === "false") return false;
      throw new Error("not a yes or no");
    },
  },
});

/** Reads a posted form with its schema: Conform's submission (typed value, or errors keyed by field name). */
export function parseForm<S extends z.ZodType>(formData: FormData, schema: S) {
  return parseWithZod(formData, { schema: coercion.coerceFormValue(schema), disableAutoCoercion: true });
}
