import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import type { Permission } from "@/lib/auth/roles";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor, type MessageKey } from "@/lib/i18n/translator";
import { staffFormAction } from "./form-action";

/**
 * A settings page's form: the use-case saves what differs and names the values it changed (each one
 * audited with its old and new value); the page is refreshed and told, in the staff member's language,
 * whether anything was saved.
 */
export function settingsFormAction<S extends z.ZodType>(
  permission: Permission,
  options: {
    schema: S;
    update: (value: z.output<S>, actor: Actor) => Promise<{ changed: readonly string[] }>;
    /** The settings page to refresh. */
    page: string;
    /** The catalogue key of what the form says once something changed: from when the new values apply. */
    saved: MessageKey;
    /**
     * For a form that changes the staff member's own language (their profile): the language chosen. The
     * answer is written in it, and every page is refreshed, since the whole staff area now reads in it.
     */
    languageChosen?: (value: z.output<S>) => Locale;
  },
) {
  return staffFormAction(permission, {
    schema: options.schema,
    run: async (value, { actor }) => {
      const { changed } = await options.update(value, actor);
      const t = translatorFor(options.languageChosen?.(value) ?? actor.locale);
      if (options.languageChosen && changed.length > 0) revalidatePath("/", "layout");
      else revalidatePath(options.page);
      return changed.length === 0 ? t("settings.nothingChanged") : t(options.saved);
    },
  });
}
