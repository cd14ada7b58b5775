import type { IncomingFile } from "@/lib/server/uploads/check-upload";

/** The non-empty files a form posted under `name`, read into memory for the use-case to check. */
export function filesFromFormData(formData: FormData, name = "files"): Promise<IncomingFile[]> {
  return Promise.all(
    formData
      .getAll(name)
      .filter((f): f is File => typeof f !== "string" && f.size > 0)
      .map(async (f) => ({ filename: f.name, bytes: Buffer.from(await f.arrayBuffer()) })),
  );
}
