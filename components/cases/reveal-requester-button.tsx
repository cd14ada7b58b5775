"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { revealRequesterAction } from "@/lib/actions/staff/case";

/**
 * A masked requester in the queue; one click shows the name and email (the reveal is audited).
 * Auditors are asked why first: their reason is kept with the audit event.
 */
export function RevealRequesterButton({
  caseId,
  masked,
  needsReason,
}: {
  caseId: string;
  masked: string;
  needsReason: boolean;
}) {
  const t = useTranslations();
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function reveal() {
    const form = new FormData();
    form.set("caseId", caseId);
    if (needsReason) {
      const reason = window.prompt(t("cases.requester.prompt"));
      if (!reason) return;
      form.set("reason", reason);
    }
    const reply = await revealRequesterAction(undefined, form);
    if (reply.data) setShown(`${reply.data.name} · ${reply.data.email}`);
    else setError(Object.values(reply.error ?? {}).flat()[0] ?? t("cases.requester.notRevealed"));
  }
  if (shown)
    return (
      <span data-testid="revealed" translate="no">
        {shown}
      </span>
    );
  return (
    <span>
      <button
        type="button"
        onClick={() => void reveal()}
        className="text-left text-slate-600 underline decoration-dotted"
        title={t("cases.requester.revealTitle")}
      >
        <span translate="no">{masked}</span>
      </button>
      {error && (
        <span role="alert" className="block text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
