import "server-only";
import { encryptField } from "@/lib/crypto/field-encryption";
import { fieldKeys } from "@/lib/crypto/field-keys";
import type { UploadPurpose } from "@/lib/db/generated/client";
import { ageOn, type SubmittedRequest } from "@/lib/domain/intake/request-schema";
import { AppError } from "@/lib/errors/app-error";
import type { NewCase } from "@/lib/server/cases/insert-case";

/**
 * The rows a request becomes, shared by the public intake and by staff logging a request that came
 * by email or post, so both store the same things the same way.
 */

function fieldError(field: string, message: string): AppError {
  return new AppError("VALIDATION", "problems.checkFields", { [field]: [message] });
}

/** A guardian acts only for a minor (policy VIII; PIPL art. 31): an adult must ask for themselves. */
export function checkSubjectAge(request: SubmittedRequest, today: string): void {
  if (request.relationship !== "GUARDIAN") return;
  const dob = request.subject.dateOfBirth;
  if (dob > today) throw fieldError("subject.dateOfBirth", "date_in_future");
  if (ageOn(dob, today) >= 18) throw fieldError("subject.dateOfBirth", "subject_is_adult");
}

function encrypter() {
  const key = fieldKeys().current;
  return (value: string | undefined) => (value ? encryptField(value, key) : null);
}

/** The requester row: phone and postal address encrypted. */
export function requesterRecord(request: SubmittedRequest) {
  const encrypt = encrypter();
  const contact = request.requester;
  return {
    email: contact.email,
    name: contact.name,
    relationship: request.relationship,
    locale: contact.locale,
    country: contact.country,
    region: contact.region ?? null,
    phoneEncrypted: encrypt(contact.phone),
    postalAddressEncrypted: encrypt(contact.postalAddress),
  };
}

/** What the case keeps of the request beyond the basics: details, relationship, subject (DOB encrypted). */
export function caseAbout(request: SubmittedRequest): NonNullable<NewCase["about"]> {
  const encrypt = encrypter();
  const subject = request.relationship === "SELF" ? undefined : request.subject;
  return {
    details: request.details,
    relationship: request.relationship,
    customerNameGiven: request.customerName ?? null,
    subjectName: subject?.name ?? null,
    subjectEmail: subject && "email" in subject ? subject.email : null,
    subjectDateOfBirthEncrypted: subject && "dateOfBirth" in subject ? encrypt(subject.dateOfBirth) : null,
    subjectRelationship: subject && "relationship" in subject ? subject.relationship : null,
  };
}

export function uploadPurposeOf(request: SubmittedRequest): UploadPurpose {
  if (request.relationship === "GUARDIAN") return "GUARDIANSHIP_PROOF";
  if (request.relationship === "AUTHORIZED_AGENT") return "AGENT_AUTHORIZATION";
  return "EVIDENCE";
}
