import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import type { Permission } from "@/lib/auth/roles";
import { staffFormAction } from "./form-action";

/**
 * A settings page's form: the use-case saves what differs and names the values it changed (each one
 * audited with its old and new value); the page is refreshed and told whether anything was saved.
 */
export function settingsFormAction<S extends z.ZodType>(
  permission: Permission,
  options: {
    schema: S;
    update: (value: z.output<S>, actor: Actor) => Promise<{ changed: readonly string[] }>;
    /** The settings page to refresh. */
    page: string;
    /** What the form says once something changed: from when the new values apply. */
    saved: string;
  },
) {
  return staffFormAction(permission, {
    schema: options.schema,
    run: async (value, { actor }) => {
      const { changed } = await options.update(value, actor);
      revalidatePath(options.page);
      return changed.length === 0 ? "Nothing changed." : options.saved;
    },
  });
}
