"use client";

import { useTranslations } from "next-intl";
import { translateIfKnown } from "@/lib/i18n/translator";
import { revealRequesterAction } from "@/lib/actions/public/partner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { revealRoutingRequesterSchema } from "@/lib/domain/routing/routing-response";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import { linkIsGone } from "./link-is-gone";

interface MaskedRequester {
  maskedName: string;
  maskedEmail: string;
  locale: string;
}

/**
 * Who asked, masked until the customer's contact asks to see it: they need the name and email to find
 * the person's data and to answer them, and each reveal is recorded (reveal-routing-requester.ts).
 */
export function PartnerRequester({
  token,
  requester,
  forSomeoneElse,
}: {
  token: string;
  requester: MaskedRequester;
  forSomeoneElse: boolean;
}) {
  const t = useTranslations();
  const { formProps, pending, ok, message } = useSchemaForm(revealRoutingRequesterSchema, revealRequesterAction);
  // Once revealed, the server's answer is the name and email as shown.
  const shown = ok ? message : undefined;
  const language = t("partner.writesIn", {
    language: translateIfKnown(t, `partner.languages.${requester.locale}`, requester.locale),
  });
  return (
    <div className="space-y-2">
      <p data-testid="partner-requester">
        {shown ?? `${requester.maskedName} · ${requester.maskedEmail}`}
        {forSomeoneElse ? ` (${t("partner.forSomeoneElse")})` : ""} · {language}
      </p>
      {!shown && !linkIsGone(message, { linkGone: t("partner.linkGone"), notRecorded: t("partner.notRecorded") }) && (
        <form {...formProps} className="space-y-1">
          <input type="hidden" name="token" value={token} />
          <Button type="submit" variant="secondary" disabled={pending} aria-describedby="reveal-hint">
            {t("partner.reveal")}
          </Button>
          <p id="reveal-hint" className="text-xs text-slate-600">
            {t("partner.revealHint")}
          </p>
        </form>
      )}
      {message && !ok && <Alert>{message}</Alert>}
    </div>
  );
}
