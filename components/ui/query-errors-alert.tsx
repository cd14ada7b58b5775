import type { QueryErrors } from "@/lib/domain/query-params";
import { Alert } from "./alert";

/** What a hand-edited or outdated link held that the page could not use: left out, and said so. */
export function QueryErrorsAlert({ errors }: { errors: QueryErrors }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <Alert>
      <p>Parts of this page&apos;s address could not be used and were left out:</p>
      <ul className="mt-1 list-disc pl-5" data-testid="query-errors">
        {entries.map(([parameter, messages]) => (
          <li key={parameter}>
            <code>{parameter}</code>: {messages.join(" ")}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
