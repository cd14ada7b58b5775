import { NextResponse } from "next/server";
import { requirePermission } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { errorResponse } from "@/lib/errors/http";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { sendMessageToRequester } from "@/lib/server/messages/send-message-to-requester";

export const dynamic = "force-dynamic";

/** Staff send a message to the requester of a case: `{ body, asksFor?: "CLARIFICATION" | "IDENTITY" }`. */
export async function POST(request: Request, { params }: { params: Promise<{ reference: string }> }) {
  try {
    const actor = await requirePermission("cases:work");
    const { reference } = await params;
    const found = await db().case.findUnique({ where: { reference }, select: { id: true } });
    if (!found) throw new AppError("NOT_FOUND", "No case has that reference.");
    const body = (await readJsonBody(request, 16 * 1024)) as Record<string, unknown>;
    const result = await sendMessageToRequester({ ...body, caseId: found.id }, actor);
    return NextResponse.json({ messageId: result.messageId, version: result.version }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
