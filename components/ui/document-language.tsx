"use client";

import { useEffect } from "react";

/**
 * Keeps `<html lang>` the language of the page shown. The root layout writes it when a page is loaded;
 * after a move within the app (a link, switching language) the root layout is not rendered again, so the
 * page says its language here.
 */
export function DocumentLanguage({ lang }: { lang: "en" | "zh-Hans" }) {
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return null;
}
