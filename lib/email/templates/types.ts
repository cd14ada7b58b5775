import type { z } from "zod";

export type EmailLocale = "en" | "zh";

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface RenderContext {
  appUrl: string;
  locale: EmailLocale;
}

/** One kind of email: the data it needs (checked when it is queued) and how it reads in each language. */
export interface EmailTemplate<Schema extends z.ZodType> {
  name: string;
  payload: Schema;
  render(payload: z.infer<Schema>, context: RenderContext): RenderedEmail;
}

export function defineTemplate<Schema extends z.ZodType>(template: EmailTemplate<Schema>): EmailTemplate<Schema> {
  return template;
}
