import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { errorResponse } from "@/lib/errors/http";
import { clientIp } from "@/lib/http/client-address";
import { loadFulfilmentPolicy } from "@/lib/server/fulfilment/load-fulfilment-policy";
import { readJsonBody, readLimitedBody } from "@/lib/server/http/read-json-body";
import type { IncomingFile } from "@/lib/server/uploads/check-upload";
import { submitTaskResult } from "@/lib/server/webhooks/submit-task-result";

export const dynamic = "force-dynamic";

const JSON_LIMIT = 64 * 1024;
/** Room for a multipart body's text fields and framing beyond its files. */
const MULTIPART_OVERHEAD = 1024 * 1024;

/**
 * The most one multipart result is read into memory, whatever the caps multiply to (files per result × MB
 * per file): a larger body gets 413. Only an access export's call may come near it; any other gets 1 MB.
 */
const MAX_MULTIPART_BYTES = 256 * 1024 * 1024;

async function readMultipart(
  request: Request,
  allowed: { files: boolean },
): Promise<{ fields: Record<string, string>; files: IncomingFile[] }> {
  const caps = await loadFulfilmentPolicy(db());
  const limit = allowed.files
    ? Math.min(caps.maxFilesPerResult * caps.maxFileMegabytes * 1024 * 1024 + MULTIPART_OVERHEAD, MAX_MULTIPART_BYTES)
    : MULTIPART_OVERHEAD;
  const body = await readLimitedBody(request, limit);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), {
      headers: { "content-type": request.headers.get("content-type")! },
    }).formData();
  } catch {
    throw new AppError("VALIDATION", "problems.unreadableMultipart");
  }
  const fields: Record<string, string> = {};
  const files: IncomingFile[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") {
      if (name === "state" || name === "result" || name === "note" || name === "reason") fields[name] = value;
    } else if (name === "files" || name === "file") {
      files.push({ filename: value.name, bytes: Buffer.from(await value.arrayBuffer()) });
    }
  }
  return { fields, files };
}

/**
 * A system reports a task's outcome (docs/webhooks.md): `Authorization: Bearer <API token>`, a JSON body
 * `{ "state": "DONE", "result": "DELETED", "note"?: "…" }` or `{ "state": "NOT_APPLICABLE" | "FAILED",
 * "reason": "…" }`, or the same fields as multipart/form-data with export files under `files`.
 * 200 with the task's new state; 400 field errors; 401 no or wrong token; 403 another system's task;
 * 404 no such task; 409 the task is finished or its case closed (a replay changes nothing); 413 too large;
 * 429 rate limited (per client address and per token).
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await params;
    const ip = clientIp(request.headers);
    const authorization = request.headers.get("authorization") ?? "";
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] ?? "";
    const multipart = request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data");
    const result = await submitTaskResult({
      taskId: id,
      token,
      ip,
      // Read only after the token was accepted.
      readBody: async (allowed) =>
        multipart ? readMultipart(request, allowed) : { fields: await readJsonBody(request, JSON_LIMIT), files: [] },
    });
    return NextResponse.json(result, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const response = errorResponse(error, request);
    // RFC 6750 §3: a refused bearer token says which scheme to use.
    if (response.status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="rightsdesk-tasks"');
    return response;
  }
}
