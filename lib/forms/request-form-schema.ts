import { z } from "zod";
import { uploadFilesSchema } from "./upload-files";
import { requestSchema } from "@/lib/domain/intake/request-schema";

/** The public request form: the API's request plus the attached files (the JSON API takes no files). */
export const requestFormSchema = z.intersection(requestSchema, z.object({ files: uploadFilesSchema }));

/** Staff logging a request that came by email or post: the same form plus how and when it arrived. */
export const loggedRequestFormSchema = z.intersection(
  requestFormSchema,
  z.object({ channel: z.string().optional(), receivedAt: z.string().optional() }),
);
