import "server-only";
import { headers } from "next/headers";
import { currentActor } from "@/lib/auth/guards";
import type { Locale } from "./languages";
import { requestLocale } from "./locale";
import { PAGE_LANGUAGE_HEADER } from "./page-language";

/**
 * The language of the page being rendered: on staff pages the signed-in staff member's (their profile's),
 * elsewhere the visitor's choice or browser's. The root layout writes `<html lang>` and gives client
 * components the catalogue in it.
 */
export async function pageLocale(): Promise<Locale> {
  if ((await headers()).get(PAGE_LANGUAGE_HEADER) === "staff") return (await currentActor())?.locale ?? "en";
  return (await requestLocale()).locale;
}
