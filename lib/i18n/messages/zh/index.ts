import type { Wording } from "../wording";
import type { en } from "../en";
import { casePage } from "./case-page";
import { common } from "./common";
import { partner } from "./partner";
import { problems } from "./problems";
import { requester } from "./requester";
import { signIn } from "./sign-in";
import { staffWords } from "./staff-words";

/** The Simplified Chinese catalogue, file for file as the English one. */
export const zh: Wording<typeof en> = {
  ...requester,
  ...partner,
  ...signIn,
  ...casePage,
  ...staffWords,
  ...common,
  ...problems,
};
