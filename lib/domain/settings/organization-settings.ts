import { z } from "zod";

/** Who mail comes from and where complaints go (settings form and use-case); empty means "none". */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .nullish()
    .transform((text) => text || null);

export const organizationSettingsSchema = z.object({
  senderName: z
    .string({ message: "Enter the name mail is sent from." })
    .trim()
    .min(1, "Enter the name mail is sent from.")
    .max(100, "At most 100 characters.")
    .refine((name) => !/[\r\n<>]/.test(name), "A name without line breaks or angle brackets."),
  senderEmail: z
    .string()
    .trim()
    .nullish()
    .transform((text) => text || null)
    .pipe(z.email("Enter a valid email address, or leave it empty to use the server's address.").max(254).nullable()),
  supervisoryAuthority: optionalText(500),
  complaintContact: optionalText(500),
});
