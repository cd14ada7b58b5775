import type { Actor } from "@/lib/auth/guards";
import type { RegimeCode } from "@/lib/domain/deadlines";
import { logRequestOnBehalf } from "@/lib/server/cases/log-request-on-behalf";

/** A residence that falls under each regime (`regimeForResidence`). */
const RESIDENCE: Record<RegimeCode, { country: string; region?: string }> = {
  EU_GDPR: { country: "IE" },
  UK_GDPR: { country: "GB" },
  CN_PIPL: { country: "CN" },
  US_CA_CCPA: { country: "US", region: "CA" },
  BR_LGPD: { country: "BR" },
  DEFAULT: { country: "JP" },
};

/** The smallest valid details of each request type, for tests that only need a case of that type. */
function minimalRequest(type: string | undefined) {
  switch (type) {
    case "CORRECTION":
      return { details: { dataItem: "Postal address", correctedValue: "2 New Street" }, relationship: "SELF" };
    case "OBJECTION":
      return { details: { processing: "Marketing emails", directMarketing: true }, relationship: "SELF" };
    case "WITHDRAWAL":
      return { details: { consentPurpose: "Newsletter" }, relationship: "SELF" };
    case "GUARDIAN_INQUIRY":
      return {
        details: { question: "What do you hold about my child?" },
        relationship: "GUARDIAN",
        subject: { name: "Sam Child", dateOfBirth: "2016-05-01", relationship: "Parent" },
      };
    case "OTHER":
      return { details: { message: "A question about my data." }, relationship: "SELF" };
    default:
      return { details: {}, relationship: "SELF" };
  }
}

/**
 * Staff log a request that came by email or post, through the real use-case (`logRequestOnBehalf`),
 * for tests that need a NEW case under a given regime, type and arrival time.
 */
export function logCase(
  input: {
    type?: string;
    regime?: string;
    channel?: string;
    receivedAt?: string | Date;
    requester: { email: string; name: string; locale?: string };
  },
  actor: Actor,
  now = new Date(),
) {
  return logRequestOnBehalf(
    {
      request: {
        type: input.type,
        ...minimalRequest(input.type),
        requester: { ...input.requester, ...RESIDENCE[input.regime as RegimeCode] },
      },
      receipt: { channel: input.channel, receivedAt: input.receivedAt },
    },
    actor,
    now,
  );
}
