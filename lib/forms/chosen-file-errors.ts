import { uploadFilesSchema } from "./upload-files";

/**
 * The browser's check of the files chosen for a form not yet on the form hook (message keys), from the
 * same schema the server's parse uses, so the limits are written once.
 */
export function chosenFileErrors(files: readonly File[]): string[] {
  const parsed = uploadFilesSchema.safeParse([...files]);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}
