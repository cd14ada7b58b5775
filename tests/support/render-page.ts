import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MessagesProvider } from "@/components/i18n/messages-provider";
import { messages } from "@/lib/i18n/messages";
import { pageLocale } from "@/lib/i18n/page-locale";

/**
 * A page's HTML as the root layout serves it: its client components get the catalogue in the page's
 * language (run inside `inRequestScope`, which gives the request's headers).
 */
export async function renderPage(page: ReactElement | Promise<ReactElement>): Promise<string> {
  const locale = await pageLocale();
  const children = await page;
  return renderToStaticMarkup(MessagesProvider({ locale, messages: messages[locale], children }));
}
