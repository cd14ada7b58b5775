"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { publicFormAction } from "@/lib/forms/form-action";
import { sameOriginPath } from "@/lib/http/same-origin-path";
import { languageSwitchSchema } from "@/lib/i18n/language-switch-schema";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";

/** Switches the public pages' language and remembers it for a year, then goes back to the page (on this site only). */
export const setLocaleAction = publicFormAction({
  schema: languageSwitchSchema,
  run: async ({ locale, returnTo }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      maxAge: 365 * 24 * 3600,
      sameSite: "lax",
      path: "/",
      httpOnly: true,
      // Behind the TLS proxy (as Auth.js decides for its cookies): never sent over plain http.
      secure: (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim() === "https",
    });
    redirect(sameOriginPath(returnTo));
  },
});
