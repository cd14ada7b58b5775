import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";

/**
 * What the webhook worker writes as a delivery's last error (lib/jobs/webhook-worker.ts and
 * lib/server/webhooks/safe-target.ts), as a catalogue key (`webhooks.errors.…`) and its arguments, so
 * staff read it in their language. The stored text stays short technical English (it is also what the
 * logs say); an error the catalogue has no words for is shown as its code.
 */
export type DeliveryErrorKey =
  | "http"
  | "syncRefused"
  | "noUrl"
  | "noSecret"
  | "caseClosed"
  | "taskFinished"
  | "systemOff"
  | "superseded"
  | "taskOpenAgain"
  | "invalidUrl"
  | "notHttps"
  | "hostNotFound"
  | "privateAddress"
  | "loopbackAddress"
  | "connectionClosed"
  | "connectionRefused"
  | "timeout"
  | "other";

const WORDED: Record<string, DeliveryErrorKey> = {
  "no webhook URL": "noUrl",
  "no signing secret": "noSecret",
  "case closed": "caseClosed",
  "task no longer open": "taskFinished",
  "system switched off": "systemOff",
  superseded: "superseded",
  "task open again": "taskOpenAgain",
  "invalid URL": "invalidUrl",
  "not http(s)": "invalidUrl",
  "credentials in URL": "invalidUrl",
  "not https": "notHttps",
  "host not found": "hostNotFound",
  "refused: private address": "privateAddress",
  "refused: loopback address": "loopbackAddress",
  "connection closed": "connectionClosed",
  "connection refused": "connectionRefused",
  timeout: "timeout",
};

export type DeliveryErrorWords = { key: DeliveryErrorKey; args: Record<string, string> };

export function deliveryErrorWords(error: string): DeliveryErrorWords {
  const http = /^HTTP (\d{3})$/.exec(error);
  if (http) return { key: "http", args: { code: http[1]! } };
  const sync = /^result in answer refused: (\S+)$/.exec(error);
  if (sync) return { key: "syncRefused", args: { code: sync[1]! } };
  const worded = WORDED[error];
  if (worded) return { key: worded, args: {} };
  return { key: "other", args: { code: error } };
}

/** The prefix the worker puts before a delivery error it writes as a FAILED task's reason. */
export const DELIVERY_FAILED_REASON_PREFIX = "webhook: ";

/** A FAILED task's reason the worker wrote (its delivery failed), as the delivery error in it; else null. */
export function deliveryErrorOfReason(reason: string | null, finishedBy: string | null): string | null {
  if (!reason || finishedBy !== null || !reason.startsWith(DELIVERY_FAILED_REASON_PREFIX)) return null;
  return reason.slice(DELIVERY_FAILED_REASON_PREFIX.length);
}

/**
 * A delivery error in the reader's language; `ofTask`: as the reason a task came back to staff ("The webhook
 * could not be delivered: …"). For the delivery log, the case page and "My tasks".
 */
export function deliveryErrorText(locale: Locale, error: string, ofTask = false): string {
  const t = translatorFor(locale);
  const { key, args } = deliveryErrorWords(error);
  const words = t(`webhooks.errors.${key}`, args);
  return ofTask ? t("webhooks.errors.taskFailed", { error: words }) : words;
}
