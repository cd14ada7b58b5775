"use client";

import { useTranslations } from "next-intl";
import type { QueryErrors } from "@/lib/domain/query-params";
import { wordErrors } from "@/lib/forms/word-errors";
import { Alert } from "./alert";

/** What a hand-edited or outdated link held that the page could not use: left out, and said so. */
export function QueryErrorsAlert({ errors }: { errors: QueryErrors }) {
  const t = useTranslations();
  const entries = Object.entries(wordErrors(t, errors));
  if (entries.length === 0) return null;
  return (
    <Alert>
      <p>{t("staffShell.queryErrors")}</p>
      <ul className="mt-1 list-disc pl-5" data-testid="query-errors">
        {entries.map(([parameter, messages]) => (
          <li key={parameter}>
            <code translate="no">{parameter}</code>: {messages.join(" ")}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
