import { z } from "zod";
import { LOCALES } from "./languages";

/**
 * The language switch's form: the language to switch to, and the page to go back to (checked to be on
 * this site by the action, whatever was posted).
 */
export const languageSwitchSchema = z.object({
  locale: z.enum(LOCALES),
  returnTo: z.string().optional(),
});
