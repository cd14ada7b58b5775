import "server-only";
import { AppError } from "@/lib/errors/app-error";

export class PayloadTooLarge extends AppError {
  constructor(limit: number) {
    super("PAYLOAD_TOO_LARGE", "problems.bodyTooLarge", undefined, { limit: String(limit) });
  }
}

/** Reads the whole body up to `limit` bytes, counted as it streams (a declared length is not trusted). */
export async function readLimitedBody(request: Request, limit: number): Promise<Buffer> {
  if (Number(request.headers.get("content-length") ?? "0") > limit) throw new PayloadTooLarge(limit);
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        await reader.cancel();
        throw new PayloadTooLarge(limit);
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks);
}

/** Reads a JSON body up to `limit` bytes (counted as it streams, not trusted from headers). */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    throw new AppError("VALIDATION", "problems.jsonRequired");
  }
  const body = await readLimitedBody(request, limit);
  try {
    return JSON.parse(body.toString("utf8")) as unknown;
  } catch {
    throw new AppError("VALIDATION", "problems.invalidJson");
  }
}
