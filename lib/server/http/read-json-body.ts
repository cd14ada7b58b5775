import { AppError } from "@/lib/errors/app-error";
import { CLIENT_ADDRESS_HEADER, rateLimitKeyFor } from "@/lib/http/client-address";

export class PayloadTooLarge extends AppError {
  constructor(limit: number) {
    super("VALIDATION", `The request body is larger than ${limit} bytes.`);
  }
  override get status(): number {
    return 413;
  }
}

/** Reads a JSON body up to `limit` bytes (counted as it streams, not trusted from headers). */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    throw new AppError("VALIDATION", "Send the request as application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new PayloadTooLarge(limit);
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
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch {
    throw new AppError("VALIDATION", "The body is not valid JSON.");
  }
}

/**
 * The client's address as the app server (lib/http/app-server.ts) resolved it from the socket, trusting
 * X-Forwarded-For only from TRUSTED_PROXIES, and wrote it into its own header. There is no fallback:
 * without that header every visitor would share one bucket, so a request that did not come through the
 * app server is refused.
 */
export function clientAddress(headers: Headers): string {
  const address = headers.get(CLIENT_ADDRESS_HEADER);
  if (!address) throw new ClientAddressUnknown();
  return address;
}

/** The key this request's client is counted under by the per-address limits (an IPv6 client's /64). */
export function clientIp(headers: Headers): string {
  return rateLimitKeyFor(clientAddress(headers));
}

export class ClientAddressUnknown extends Error {
  constructor() {
    super("The client's address is unknown: serve the app with `npm start`, which resolves it, not `next start`.");
  }
}
