import { NextResponse } from "next/server";
import { requirePermission } from "@/lib/auth/guards";
import { sendMessageSchema } from "@/lib/domain/cases/case-forms";
import { errorResponse } from "@/lib/errors/http";
import { caseIdForReference } from "@/lib/server/cases/case-id-for-reference";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { sendMessageToRequester } from "@/lib/server/messages/send-message-to-requester";
import { parseInput } from "@/lib/server/parse-input";

export const dynamic = "force-dynamic";

/** Staff send a message to the requester of a case: `{ body, asksFor?: "CLARIFICATION" | "IDENTITY" }`. */
export async function POST(request: Request, { params }: { params: Promise<{ reference: string }> }) {
  try {
    const actor = await requirePermission("cases:work");
    const { reference } = await params;
    const caseId = await caseIdForReference(reference);
    const body = (await readJsonBody(request, 16 * 1024)) as Record<string, unknown>;
    // The message form's schema reads the JSON (400 with field errors), as it reads the form.
    const result = await sendMessageToRequester(parseInput(sendMessageSchema, { ...body, caseId }), actor);
    return NextResponse.json({ messageId: result.messageId, version: result.version }, { status: 201 });
  } catch (error) {
    return errorResponse(error, request);
  }
}
