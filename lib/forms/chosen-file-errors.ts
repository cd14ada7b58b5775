import { MAX_UPLOAD_BYTES, MAX_UPLOADS } from "@/lib/http/body-limits";

/**
 * The browser's check of the files chosen for a form, before they are sent (message keys): a form within
 * these limits always fits the body limit, so the server's 413 is never what a person sees. The server
 * checks the files again, by their content.
 */
export function chosenFileErrors(files: readonly File[]): string[] {
  return [
    ...(files.length > MAX_UPLOADS ? ["too_many_files"] : []),
    ...(files.some((f) => f.size > MAX_UPLOAD_BYTES) ? ["file_too_large"] : []),
    ...(files.some((f) => !/\.(pdf|png|jpe?g)$/i.test(f.name)) ? ["file_type_not_allowed"] : []),
  ];
}
