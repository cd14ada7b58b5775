import { requirePermission } from "@/lib/auth/guards";
import { errorResponse } from "@/lib/errors/http";
import { readUpload } from "@/lib/server/uploads/read-upload";

export const dynamic = "force-dynamic";

/**
 * Serves an uploaded document to signed-in staff as a download the browser must not sniff, typed and
 * named from its detected type (`<reference>-<n>.<ext>`, plain ASCII), never from the uploader's name.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requirePermission("cases:read");
    const file = await readUpload({ id: (await params).id }, actor);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.downloadName}"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, request);
  }
}
