import { z } from "zod";
import { DENIAL_REASONS } from "@/lib/domain/cases/denial";
import { REGIMES } from "@/lib/domain/deadlines/policies";
import type { Translator } from "@/lib/i18n/translator";
import { SAMPLE_REFERENCE } from "./samples";
import { defineTemplate, type OrganizationContext } from "./types";

/**
 * The company's own authority and complaint contact (Settings > Organization), after the regime's general
 * remedy sentence: the sentence stays, because the person may also turn to the authority where they live.
 */
function organizationRemedies(t: Translator, organization: OrganizationContext | undefined): string[] {
  const authority = organization?.supervisoryAuthority?.trim().replace(/[.。]+$/, "");
  const contact = organization?.complaintContact?.trim();
  return [
    ...(authority ? [t("emails.requesterDenied.authority", { authority })] : []),
    ...(contact ? [t("emails.requesterDenied.complaintContact", { contact })] : []),
  ];
}

/**
 * A refusal: the reasons, and the right to complain to a supervisory authority and to go to court, as the
 * regime words it (GDPR art. 12(4); PIPL art. 50; CCPA; LGPD art. 18).
 */
export const requesterDenied = defineTemplate({
  name: "requester-denied",
  label: (t) => t("emails.requesterDenied.label"),
  audience: "Requester",
  payload: z.object({
    reference: z.string(),
    reason: z.enum(DENIAL_REASONS),
    text: z.string(),
    regime: z.enum(REGIMES),
  }),
  placeholders: ["reference", "reason", "text", "regime"],
  sample: {
    reference: SAMPLE_REFERENCE,
    reason: "NO_DATA_FOUND",
    text: "We searched our customer and marketing systems and found no data linked to this address.",
    regime: "EU_GDPR",
  },
  write: ({ reference, reason, text, regime }, { t, organization }) => ({
    subject: t("emails.requesterDenied.subject", { reference }),
    paragraphs: [
      t("emails.requesterDenied.body", { reference, reason: t(`emails.requesterDenied.reasons.${reason}`) }),
      t("emails.requesterDenied.text", { text }),
      t(`emails.requesterDenied.remedies.${regime}`),
      ...organizationRemedies(t, organization),
    ],
  }),
});
