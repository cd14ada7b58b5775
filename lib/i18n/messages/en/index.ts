import { casePage } from "./case-page";
import { common } from "./common";
import { partner } from "./partner";
import { problems } from "./problems";
import { requester } from "./requester";
import { signIn } from "./sign-in";
import { staffWords } from "./staff-words";

/** The English catalogue: each file holds the top-level sections of one area (see lib/i18n/messages/index.ts). */
export const en = { ...requester, ...partner, ...signIn, ...casePage, ...staffWords, ...common, ...problems } as const;
