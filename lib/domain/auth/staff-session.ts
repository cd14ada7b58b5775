import { z } from "zod";

/** The staff session's buttons (sign out, dismiss the failed sign-in notice) post no fields: it is the signed-in account. */
export const staffSessionSchema = z.object({});
