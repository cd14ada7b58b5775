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

/** One kind of email: the data it needs (checked when it is queued) and how it reads in each language. */
export interface EmailTemplate<Schema extends z.ZodType> {
  name: string;
  payload: Schema;
  /** Payload fields that grant access (link tokens, codes): removed from the outbox row once sent. */
  secretFields?: string[];
  render(payload: z.infer<Schema>, context: RenderContext): RenderedEmail;
}

export function defineTemplate<Schema extends z.ZodType>(template: EmailTemplate<Schema>): EmailTemplate<Schema> {
  return template;
}
