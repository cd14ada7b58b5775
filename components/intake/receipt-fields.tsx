"use client";

import { useState } from "react";
import { FieldErrors } from "./form-fields";

const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-600";

/**
 * How and when a request reached us (staff logging a request by email or post). The time is typed in
 * the officer's own zone and sent as an exact instant: the legal clock starts then.
 */
export function ReceiptFields({ errors }: { errors?: Record<string, string[] | undefined> }) {
  const [instant, setInstant] = useState("");
  return (
    <section aria-labelledby="receipt-heading" className="space-y-4">
      <h2 id="receipt-heading" className="text-lg font-medium">
        How the request arrived
      </h2>
      <div className="space-y-1">
        <label htmlFor="channel" className="block text-sm font-medium text-slate-800">
          Channel
        </label>
        <select
          id="channel"
          name="channel"
          defaultValue=""
          className={inputClass}
          aria-invalid={errors?.channel?.length ? true : undefined}
          aria-describedby={errors?.channel?.length ? "channel-error" : undefined}
        >
          <option value="">Choose…</option>
          <option value="EMAIL">Email</option>
          <option value="POST">Post</option>
          <option value="OTHER">Other (phone, in person)</option>
        </select>
        <FieldErrors id="channel-error" errors={errors?.channel} />
      </div>
      <div className="space-y-1">
        <label htmlFor="receivedAtLocal" className="block text-sm font-medium text-slate-800">
          Received at (your local time)
        </label>
        <input
          id="receivedAtLocal"
          type="datetime-local"
          className={inputClass}
          aria-invalid={errors?.receivedAt?.length ? true : undefined}
          aria-describedby={errors?.receivedAt?.length ? "receivedAt-error" : undefined}
          onChange={(event) => {
            const local = event.currentTarget.value;
            setInstant(local ? new Date(local).toISOString() : "");
          }}
        />
        <input type="hidden" name="receivedAt" value={instant} />
        <FieldErrors id="receivedAt-error" errors={errors?.receivedAt} />
      </div>
    </section>
  );
}
