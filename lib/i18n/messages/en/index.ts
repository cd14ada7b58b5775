import { casePage } from "./case-page";
import { cases } from "./cases";
import { common } from "./common";
import { partner } from "./partner";
import { requester } from "./requester";
import { settings } from "./settings";
import { signIn } from "./sign-in";
import { staffWords } from "./staff-words";

/** The English catalogue: each file holds the top-level sections of one area (see lib/i18n/messages/index.ts). */
export const en = {
  ...casePage,
  ...cases,
  ...common,
  ...partner,
  ...requester,
  ...settings,
  ...signIn,
  ...staffWords,
} as const;
