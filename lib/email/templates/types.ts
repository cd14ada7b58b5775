import type { z } from "zod";

export type EmailLocale = "en" | "zh";

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

/** What one language's wording of an email says: its subject and its paragraphs (plain text). */
export interface Wording {
  subject: string;
  paragraphs: string[];
}

/** Who receives an email: groups the settings page's list. */
export type Audience = "Requester" | "Customer" | "Staff";

/** The payload fields holding a string, the only ones an administrator's text may quote. */
type StringFields<Payload> = {
  [K in keyof Payload & string]-?: NonNullable<Payload[K]> extends string ? K : never;
}[keyof Payload & string];

/**
 * How one language writes the email from its payload. Declared as a method so a template with a
 * precise payload fits where any template is expected (the worker's lookup by name).
 */
interface WriteIn<Payload> {
  write(payload: Payload, context: RenderContext): Wording;
}

/** One kind of email, written once: everything the outbox, the worker and the settings page need. */
export interface TemplateDefinition<Name extends string, Schema extends z.ZodType> {
  name: Name;
  /** The settings page's name for it. */
  label: string;
  audience: Audience;
  /** The data it needs, checked when it is queued and again when it is sent. */
  payload: Schema;
  /** Payload fields that grant access (link tokens, codes): removed from the outbox row once sent. */
  secretFields?: readonly (keyof z.output<Schema> & string)[];
  /** The payload fields administrators' texts may quote as {name}: never a secret (a test checks). */
  placeholders?: readonly StringFields<z.output<Schema>>[];
  /** A made-up payload for the settings preview and the tests (no real person's data, no working link). */
  sample: z.input<Schema>;
  /** English always; Chinese for every email whose reader may read Chinese (requesters, customers' contacts). */
  en: WriteIn<z.output<Schema>>["write"];
  zh?: WriteIn<z.output<Schema>>["write"];
}

/** A defined template: its field lists checked against the payload when defined, plain names from then on. */
export interface EmailTemplate<Name extends string = string, Schema extends z.ZodType = z.ZodType> extends Omit<
  TemplateDefinition<Name, Schema>,
  "secretFields" | "placeholders"
> {
  /** The languages it is written in, from the wordings it has. */
  locales: readonly EmailLocale[];
  secretFields: readonly string[];
  placeholders: readonly string[];
}

export function defineTemplate<const Name extends string, Schema extends z.ZodType>(
  definition: TemplateDefinition<Name, Schema>,
): EmailTemplate<Name, Schema> {
  return {
    ...definition,
    locales: definition.zh ? ["en", "zh"] : ["en"],
    secretFields: definition.secretFields ?? [],
    placeholders: definition.placeholders ?? [],
  };
}
