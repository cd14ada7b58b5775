import { z } from "zod";

/** "Email me my status links": the address a request was filed with (an empty field is not an address). */
export const statusLinksSchema = z.object({
  email: z.string({ error: "invalid_email" }).trim().toLowerCase().email("invalid_email").max(320),
});
