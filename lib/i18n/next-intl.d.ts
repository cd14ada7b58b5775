import type { Locale } from "./languages";
import type { Messages } from "./messages";

// Client components' `useTranslations()` knows the catalogue's keys and each message's arguments.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
