import type { Metadata } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { requestLocale } from "@/lib/i18n/locale";
import { htmlLang } from "@/lib/i18n/languages";
import { PAGE_LANGUAGE_HEADER } from "@/lib/i18n/page-language";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: { default: "Rightsdesk", template: "%s · Rightsdesk" }, description: t.home.description };
}

/** The page's language as the proxy found it (lib/i18n/page-language.ts), else the visitor's. */
async function pageLanguage(): Promise<"en" | "zh-Hans"> {
  const fromProxy = (await headers()).get(PAGE_LANGUAGE_HEADER);
  if (fromProxy === "en" || fromProxy === "zh-Hans") return fromProxy;
  return htmlLang((await requestLocale()).locale);
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts carry the nonce of that request's content security
  // policy (proxy.ts), which a page rendered at build time could not know.
  await connection();
  return (
    <html lang={await pageLanguage()}>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
