import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { MessagesProvider } from "@/components/i18n/messages-provider";
import { htmlLang } from "@/lib/i18n/languages";
import { messages } from "@/lib/i18n/messages";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = translatorFor(await pageLocale());
  return { title: { default: "Rightsdesk", template: "%s · Rightsdesk" }, description: t("home.description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts carry the nonce of that request's content security
  // policy (proxy.ts), which a page rendered at build time could not know.
  await connection();
  const locale = await pageLocale();
  return (
    <html lang={htmlLang(locale)}>
      <body className="min-h-screen">
        <MessagesProvider locale={locale} messages={messages[locale]}>
          {children}
        </MessagesProvider>
      </body>
    </html>
  );
}
