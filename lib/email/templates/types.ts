import type { z } from "zod";
import { LOCALES, type Locale } from "@/lib/i18n/languages";
import type { Translator } from "@/lib/i18n/translator";

export type EmailLocale = Locale;

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** The company's details an administrator keeps under Settings > Organization, read when an email is sent. */
export interface OrganizationContext {
  supervisoryAuthority?: string | null;
  complaintContact?: string | null;
}

export interface RenderContext {
  appUrl: string;
  locale: EmailLocale;
  /** Absent in contexts without the database (unit tests): templates then leave those details out. */
  organization?: OrganizationContext;
}

/** What an email says: its subject and its paragraphs (plain text), in one language. */
export interface Wording {
  subject: string;
  paragraphs: string[];
}

/** What a template writes with: the render context, and the catalogue in the recipient's language. */
export interface WriteContext extends RenderContext {
  /** `translatorFor(locale)`: every word of an email comes from the catalogue (section `emails`). */
  t: Translator;
}

/** Who receives an email: groups the settings page's list (its name from `emails.audiences`). */
export type Audience = "Requester" | "Customer" | "Owner" | "Staff";

/** The payload fields holding a string, the only ones an administrator's text may quote. */
type StringFields<Payload> = {
  [K in keyof Payload & string]-?: NonNullable<Payload[K]> extends string ? K : never;
}[keyof Payload & string];

/**
 * How the email is written from its payload. Declared as a method so a template with a precise payload
 * fits where any template is expected (the worker's lookup by name).
 */
interface WriteIn<Payload> {
  write(payload: Payload, context: WriteContext): Wording;
}

/** One kind of email, written once: everything the outbox, the worker and the settings page need. */
export interface TemplateDefinition<Name extends string, Schema extends z.ZodType> {
  name: Name;
  /** Its name on the settings page and the case timeline, from the catalogue (`emails.<template>.label`). */
  label: (t: Translator) => string;
  audience: Audience;
  /** The data it needs, checked when it is queued and again when it is sent. */
  payload: Schema;
  /** Payload fields that grant access (link tokens, codes): removed from the outbox row once sent. */
  secretFields?: readonly (keyof z.output<Schema> & string)[];
  /** The payload fields administrators' texts may quote as {name}: never a secret (a test checks). */
  placeholders?: readonly StringFields<z.output<Schema>>[];
  /** A made-up payload for the settings preview and the tests (no real person's data, no working link). */
  sample: z.input<Schema>;
  /**
   * Writes the email in the context's language, every word through `context.t`: no language branches
   * here (a test checks), a language is a catalogue.
   */
  write: WriteIn<z.output<Schema>>["write"];
}

/** A defined template: its field lists checked against the payload when defined, plain names from then on. */
export interface EmailTemplate<Name extends string = string, Schema extends z.ZodType = z.ZodType> extends Omit<
  TemplateDefinition<Name, Schema>,
  "secretFields" | "placeholders"
> {
  /** The languages it is written in: every language of the catalogue. */
  locales: readonly EmailLocale[];
  secretFields: readonly string[];
  placeholders: readonly string[];
}

export function defineTemplate<const Name extends string, Schema extends z.ZodType>(
  definition: TemplateDefinition<Name, Schema>,
): EmailTemplate<Name, Schema> {
  return {
    ...definition,
    locales: LOCALES,
    secretFields: definition.secretFields ?? [],
    placeholders: definition.placeholders ?? [],
  };
}
