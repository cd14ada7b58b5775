import { z } from "zod";
import { DENIAL_REASONS, type DenialReasonCode } from "@/lib/domain/cases/denial";
import { REGIMES, type RegimeCode as Regime } from "@/lib/domain/deadlines/policies";
import { SAMPLE_REFERENCE } from "./samples";
import { defineTemplate, type OrganizationContext } from "./types";

const REASONS_EN = {
  IDENTITY_NOT_VERIFIED: "we could not verify your identity",
  NO_DATA_FOUND: "we hold no personal data about you",
  MANIFESTLY_UNFOUNDED_OR_EXCESSIVE: "the request is manifestly unfounded or excessive",
  COMPELLING_LEGITIMATE_GROUNDS: "we have compelling legitimate grounds for the processing",
  LEGAL_EXEMPTION: "a legal exemption applies",
  OUTSIDE_SCOPE: "the request is outside the scope of our privacy policy",
  OTHER: "of the reasons below",
} satisfies Record<DenialReasonCode, string>;
const REASONS_ZH = {
  IDENTITY_NOT_VERIFIED: "我们无法核实您的身份",
  NO_DATA_FOUND: "我们未持有您的个人信息",
  MANIFESTLY_UNFOUNDED_OR_EXCESSIVE: "该请求明显缺乏依据或过度",
  COMPELLING_LEGITIMATE_GROUNDS: "我们有令人信服的正当理由继续处理",
  LEGAL_EXEMPTION: "适用法定豁免",
  OUTSIDE_SCOPE: "该请求不属于我们隐私政策的范围",
  OTHER: "以下原因",
} satisfies Record<DenialReasonCode, string>;

/** Where a refused requester can turn, by regime (GDPR art. 12(4); PIPL art. 50; CCPA; LGPD art. 18). */
const REMEDIES_EN = {
  EU_GDPR:
    "You may lodge a complaint with a data protection supervisory authority and seek a judicial remedy in court.",
  UK_GDPR: "You may complain to the Information Commissioner's Office (ICO) and seek a judicial remedy in court.",
  CN_PIPL:
    "You may complain to the authorities that protect personal information and bring a lawsuit before a people's court.",
  US_CA_CCPA: "You may contact the California Privacy Protection Agency or the California Attorney General.",
  BR_LGPD: "You may petition the National Data Protection Authority (ANPD) and seek a remedy in court.",
  DEFAULT:
    "You may complain to the data protection supervisory authority where you live and seek a judicial remedy in court.",
} satisfies Record<Regime, string>;
const REMEDIES_ZH = {
  EU_GDPR: "您可以向数据保护监管机构投诉，并可向法院寻求司法救济。",
  UK_GDPR: "您可以向英国信息专员办公室（ICO）投诉，并可向法院寻求司法救济。",
  CN_PIPL: "您可以向履行个人信息保护职责的部门投诉、举报，并可依法向人民法院提起诉讼。",
  US_CA_CCPA: "您可以联系加州隐私保护局或加州总检察长。",
  BR_LGPD: "您可以向巴西国家数据保护局（ANPD）申诉，并可向法院寻求救济。",
  DEFAULT: "您可以向您所在地的数据保护监管机构投诉，并可向法院寻求司法救济。",
} satisfies Record<Regime, string>;

/**
 * The company's own authority and complaint contact (Settings > Organization), after the regime's general
 * remedy sentence: the sentence stays, because the person may also turn to the authority where they live.
 */
function organizationRemedies(organization: OrganizationContext | undefined, locale: "en" | "zh"): string[] {
  const authority = organization?.supervisoryAuthority?.trim().replace(/[.。]+$/, "");
  const contact = organization?.complaintContact?.trim();
  if (locale === "zh") {
    return [
      ...(authority ? [`负责监管我们的个人信息保护机构：${authority}。`] : []),
      ...(contact ? [`您也可以向我们提出投诉：${contact}`] : []),
    ];
  }
  return [
    ...(authority ? [`The supervisory authority responsible for us: ${authority}.`] : []),
    ...(contact ? [`You may also send us a complaint: ${contact}`] : []),
  ];
}

/** A refusal: the reasons, and the right to complain to a supervisory authority and to go to court. */
export const requesterDenied = defineTemplate({
  name: "requester-denied",
  label: "Request denied",
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
  en: ({ reference, reason, text, regime }, { organization }) => ({
    subject: `We cannot fulfil your request ${reference}`,
    paragraphs: [
      `We are sorry: we cannot fulfil your request ${reference} because ${REASONS_EN[reason]}.`,
      `Our reasons: ${text}`,
      REMEDIES_EN[regime],
      ...organizationRemedies(organization, "en"),
    ],
  }),
  zh: ({ reference, reason, text, regime }, { organization }) => ({
    subject: `我们无法满足您的请求 ${reference}`,
    paragraphs: [
      `很遗憾，我们无法满足您的请求 ${reference}，因为${REASONS_ZH[reason]}。`,
      `理由：${text}`,
      REMEDIES_ZH[regime],
      ...organizationRemedies(organization, "zh"),
    ],
  }),
});
