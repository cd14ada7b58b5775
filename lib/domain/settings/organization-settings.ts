import { z } from "zod";

/** Who mail comes from and where complaints go (settings form and use-case); empty means "none". */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at_most_characters:${max}`)
    .nullish()
    .transform((text) => text || null);

export const organizationSettingsSchema = z.object({
  senderName: z
    .string({ message: "enter_sender_name" })
    .trim()
    .min(1, "enter_sender_name")
    .max(100, "at_most_characters:100")
    .refine((name) => !/[\r\n<>]/.test(name), "no_line_breaks_or_brackets"),
  senderEmail: z
    .string()
    .trim()
    .nullish()
    .transform((text) => text || null)
    .pipe(z.email("reply_to_email").max(254).nullable()),
  supervisoryAuthority: optionalText(500),
  complaintContact: optionalText(500),
});
