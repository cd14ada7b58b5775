import type { z } from "zod";
import { translatorFor } from "@/lib/i18n/translator";
import { composeEmail } from "./compose-email";
import type { TemplateTexts } from "./template-texts";
import type { EmailTemplate, RenderContext, RenderedEmail, Wording } from "./templates/types";

export { unknownPlaceholders } from "./compose-email";

/** What a template writes from its payload in the context's language, every word from that language's catalogue. */
export function writeEmail<Schema extends z.ZodType>(
  template: EmailTemplate<string, Schema>,
  payload: z.output<Schema>,
  context: RenderContext,
): Wording {
  return template.write(payload, { ...context, t: translatorFor(context.locale) });
}

/**
 * The email a template writes from its payload, in the context's language, with the administrator's
 * texts for that template and language applied in the same pass (see `composeEmail`). Pure: the worker
 * sends, and the settings page previews, what this returns.
 */
export function renderEmail<Schema extends z.ZodType>(
  template: EmailTemplate<string, Schema>,
  payload: z.output<Schema>,
  context: RenderContext,
  texts: TemplateTexts = {},
): RenderedEmail {
  return composeEmail(
    writeEmail(template, payload, context),
    { payload, placeholders: template.placeholders, appUrl: context.appUrl, locale: context.locale },
    texts,
  );
}
