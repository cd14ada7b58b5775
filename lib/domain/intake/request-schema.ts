import { z } from "zod";
import { RequestType } from "@/lib/db/generated/enums";
import { isLocalDate, type LocalDate } from "@/lib/domain/deadlines/local-date";
import { isIsoCountryCode } from "./countries";

/**
 * What a person submits, shared by the public form (as they type and on submit), the JSON API and the
 * server. Messages are keys the form translates (en, zh); the API returns them as they are.
 */
export type RequestTypeCode = RequestType;
/**
 * The request types in the order people see them (home page, forms, report columns). The values come from
 * the database enum (prisma/schema.prisma); this table only ranks them, and a new value fails to compile
 * here until it is placed.
 */
const REQUEST_TYPE_ORDER = {
  CORRECTION: 1,
  OBJECTION: 2,
  WITHDRAWAL: 3,
  ACCESS: 4,
  DELETION: 5,
  GUARDIAN_INQUIRY: 6,
  OTHER: 7,
} satisfies Record<RequestType, number>;
export const REQUEST_TYPES: readonly RequestType[] = Object.values(RequestType).sort(
  (a, b) => REQUEST_TYPE_ORDER[a] - REQUEST_TYPE_ORDER[b],
);

/** PostgreSQL text cannot hold a NUL character. The server refuses it for every use-case (parseInput); this
 * schema says so too, so the form shows it next to the field as the person types. */
const hasNoNul = (v: string) => !v.includes("\u0000");
/** A string whose absence reads "required" (a missing field and an empty one are the same to a person). */
const str = () =>
  z
    .string({ error: (issue) => (issue.input === undefined ? "required" : "invalid_type") })
    .refine(hasNoNul, "invalid_characters");
const text = (max: number, required = "required") => str().trim().min(1, required).max(max, "too_long");
const optionalText = (max: number) =>
  z
    .string({ error: "invalid_type" })
    .refine(hasNoNul, "invalid_characters")
    .trim()
    .max(max, "too_long")
    .optional()
    .transform((v) => (v ? v : undefined));
const date = str().refine(isLocalDate, "invalid_date");
/** A person's or company's name: no markup characters (nothing legitimate needs them). */
const name = text(200).refine((v) => !/[<>]/.test(v), "invalid_characters");

export const detailsSchemas = {
  CORRECTION: z.object({
    dataItem: text(200),
    currentValue: optionalText(2000),
    correctedValue: text(2000),
    /** Restrict processing while the accuracy is being checked (GDPR art. 18(1)(a)). */
    restrictProcessing: z.boolean().default(false),
  }),
  OBJECTION: z
    .object({
      processing: text(1000),
      directMarketing: z.boolean({ error: () => "required" }),
      grounds: optionalText(4000),
    })
    // Direct marketing: no reason needed, ever (GDPR art. 21(2)-(3)). Otherwise the objection rests on
    // the person's particular situation (art. 21(1)), so grounds are asked for.
    .refine((d) => d.directMarketing || Boolean(d.grounds), { path: ["grounds"], message: "grounds_required" }),
  WITHDRAWAL: z.object({ consentPurpose: text(1000), effectiveFrom: date.optional() }),
  ACCESS: z.object({ scope: optionalText(2000) }),
  DELETION: z.object({ scope: optionalText(2000) }),
  GUARDIAN_INQUIRY: z.object({ question: text(4000) }),
  OTHER: z.object({ message: text(4000) }),
} satisfies Record<RequestTypeCode, z.ZodType>;

export type RequestDetails<T extends RequestTypeCode> = z.infer<(typeof detailsSchemas)[T]>;

const subjectOfGuardian = z.object({
  name,
  dateOfBirth: date,
  /** Parent, legal guardian, ... in the guardian's words. */
  relationship: text(100),
});

const subjectOfAgent = z.object({
  name,
  email: str().trim().toLowerCase().email("invalid_email").max(320),
});

export const contactSchema = z.object({
  name,
  email: str().trim().toLowerCase().email("invalid_email").max(320),
  phone: optionalText(40).refine((v) => v === undefined || /^[+0-9 ()-]{5,40}$/.test(v), "invalid_phone"),
  postalAddress: optionalText(500),
  country: z
    .string({ error: () => "invalid_country" })
    .regex(/^[A-Za-z]{2}$/, "invalid_country")
    .transform((v) => v.toUpperCase())
    .refine(isIsoCountryCode, "invalid_country"),
  region: optionalText(10),
  locale: z.enum(["en", "zh"]).default("en"),
});

const common = {
  requester: contactSchema,
  /** "Was this data submitted to us by one of our business customers? Which one?" */
  customerName: optionalText(200).refine((v) => v === undefined || !/[<>]/.test(v), "invalid_characters"),
  /** Honeypot: invisible to people, filled in by bots. */
  website: z.string().max(0, "bot").optional(),
};

const relationshipSchema = z.discriminatedUnion("relationship", [
  z.object({
    relationship: z.literal("SELF"),
    /** A person under 18 cannot file for themselves: a guardian must act (policy VIII). */
    subjectIsMinor: z
      .boolean()
      .default(false)
      .refine((v) => !v, "minor_needs_guardian"),
  }),
  z.object({ relationship: z.literal("GUARDIAN"), subject: subjectOfGuardian }),
  z.object({ relationship: z.literal("AUTHORIZED_AGENT"), subject: subjectOfAgent }),
]);

const typed = <T extends RequestTypeCode>(type: T) =>
  z.object({ type: z.literal(type), details: detailsSchemas[type], ...common });

const byType = z.discriminatedUnion("type", [
  typed("CORRECTION"),
  typed("OBJECTION"),
  typed("WITHDRAWAL"),
  typed("ACCESS"),
  typed("DELETION"),
  typed("GUARDIAN_INQUIRY"),
  typed("OTHER"),
]);
/** A request type left out of the union above fails to compile here (it would be refused at intake). */
const _everyTypeAccepted: Record<Exclude<RequestType, z.infer<typeof byType>["type"]>, never> = {};

export const requestSchema = byType.and(relationshipSchema).superRefine((value, ctx) => {
  if (value.type === "GUARDIAN_INQUIRY" && value.relationship !== "GUARDIAN") {
    ctx.addIssue({ code: "custom", path: ["relationship"], message: "guardian_only" });
  }
});

export type SubmittedRequest = z.infer<typeof requestSchema>;

/** Age in whole years on a date (both local dates). */
export function ageOn(dateOfBirth: LocalDate, on: LocalDate): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [y, m, d] = on.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
