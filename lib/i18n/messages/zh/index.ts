import type { Wording } from "../wording";
import type { en } from "../en";
import { casePage } from "./case-page";
import { cases } from "./cases";
import { common } from "./common";
import { customers } from "./customers";
import { emails } from "./emails";
import { partner } from "./partner";
import { problems } from "./problems";
import { reports } from "./reports";
import { requester } from "./requester";
import { settings } from "./settings";
import { signIn } from "./sign-in";
import { staffWords } from "./staff-words";
import { systems } from "./systems";
import { taskLink } from "./task-link";
import { tasks } from "./tasks";
import { webhooks } from "./webhooks";

/** The Simplified Chinese catalogue, file for file as the English one. */
export const zh: Wording<typeof en> = {
  ...casePage,
  ...cases,
  ...common,
  ...customers,
  ...emails,
  ...partner,
  ...problems,
  ...reports,
  ...requester,
  ...settings,
  ...signIn,
  ...staffWords,
  ...systems,
  ...taskLink,
  ...tasks,
  ...webhooks,
};
