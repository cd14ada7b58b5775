import { z } from "zod";
import { MAX_UPLOAD_BYTES, MAX_UPLOADS } from "@/lib/http/body-limits";
import type { IncomingFile } from "@/lib/server/uploads/check-upload";

/**
 * The files a form may attach (message keys), checked by the browser before they are sent and by the
 * server's parse: a form within these limits always fits the body limit, so the server's 413 is never what
 * a person sees. The use-case checks the files again by their content (a ".pdf" that is not a PDF).
 */
export const uploadFilesSchema = z
  .array(z.instanceof(File))
  .default([])
  // A file input left empty posts one nameless empty file (named "blob" by some parsers): nothing chosen.
  .transform((files) => files.filter((f) => f.size > 0))
  .superRefine((files, ctx) => {
    if (files.length > MAX_UPLOADS) ctx.addIssue({ code: "custom", message: "too_many_files" });
    if (files.some((f) => f.size > MAX_UPLOAD_BYTES)) ctx.addIssue({ code: "custom", message: "file_too_large" });
    if (files.some((f) => !/\.(pdf|png|jpe?g)$/i.test(f.name)))
      ctx.addIssue({ code: "custom", message: "file_type_not_allowed" });
  });

/** The parsed files read into memory for the use-case to check. */
export function incomingFiles(files: readonly File[]): Promise<IncomingFile[]> {
  return Promise.all(files.map(async (f) => ({ filename: f.name, bytes: Buffer.from(await f.arrayBuffer()) })));
}
