/**
 * The catalogue: every word the app shows, one catalogue per language (`en/`, `zh/`), each split into
 * files by area, file for file the same in both. Messages are ICU: `{name}` arguments, `{count, plural,
 * one {…} other {…}}` plurals (Chinese has only `other`). Code reads them through a translator
 * (lib/i18n/translator.ts on the server and in emails, `useTranslations()` in client components) by
 * their full key, e.g. `t("status.reference")`, so a key can be found in the code by searching for it.
 *
 * Areas (files) and their top-level sections:
 * - `requester`: `site`, `titles`, `home`, `form`, `statusLinks`, `verify`, `status`, `statuses`,
 *   `outcomes`, `types`, `events` (the requester's pages and words);
 * - `partner`: `partner` (the business customer's page);
 * - `sign-in`: `signIn` (the staff sign-in page and its notices);
 * - `settings`: `settings` (every settings page), `staffShell` (the staff area's navigation and frame, the
 *   forbidden page), `invitation` (setting a password from an invitation);
 * - `cases`: `cases` (the queue, the case page and its forms, the new-case page);
 * - `case-page`: `nextStep`, `caseTimeline` (the case page's next step and its timeline in words);
 * - `reports`: `reports` (the dashboard and the transparency summary);
 * - `customers`: `customers` (the registry of business customers);
 * - `systems`: `systems` (the registry of systems that hold personal data: fulfilment);
 * - `emails`: `emails` (every email's wording, and the email settings pages);
 * - `task-link`: `taskLink` (a system owner's task page), `myTasks` (staff owners' tasks), `fulfilmentSettings`;
 * - `staff-words`: `labels` (the staff area's names for request types, outcomes, roles, regimes…);
 * - `webhooks`: `webhooks` (the delivery log of webhook deliveries to systems);
 * - `problems`: `problems` (why a use-case refused: the form's or the API's message);
 * - `tasks`: `tasks` (tasks on a case: the case page's Tasks panel, instructions, drafted summaries);
 * - `common`: `counts` (counted nouns), `errors` (field errors: schemas and use-cases give their keys).
 */
import type { Locale } from "../languages";
import { en } from "./en";
import { zh } from "./zh";

export type Messages = typeof en;

export const messages: Record<Locale, Messages> = { en, zh: zh as Messages };
