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

/** The English catalogue: each file holds the top-level sections of one area (see lib/i18n/messages/index.ts). */
export const en = {
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
} as const;
