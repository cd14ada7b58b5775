import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { REGIMES } from "@/lib/domain/deadlines";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/server/parse-input";
import { rethrowCalendarError } from "@/lib/server/deadlines/calendar-error";
import { acknowledgeLoggedCase, checkReceivedAt } from "./acknowledge-logged-case";
import { insertCase } from "./insert-case";

export const logReceivedRequestSchema = z.object({
  type: z.enum(["ACCESS", "DELETION", "CORRECTION", "OBJECTION", "WITHDRAWAL", "GUARDIAN_INQUIRY", "OTHER"], {
    message: "Choose the request type.",
  }),
  regime: z.enum(REGIMES, { message: "Choose the regime." }),
  channel: z.enum(["EMAIL", "POST", "OTHER"], { message: "Choose how the request arrived." }),
  receivedAt: z.coerce.date({ message: "Enter when the request arrived." }),
  requester: z.object({
    email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(320),
    name: z.string().trim().min(1, "Enter the requester's name.").max(200),
    locale: z.enum(["en", "zh"]).default("en"),
  }),
});

/**
 * Staff log a request that arrived by email or post. The clock starts when it arrived, not when it was
 * typed in; the requester gets an acknowledgement with the reference and the due date.
 */
export async function logReceivedRequest(input: unknown, actor: Actor, now = new Date()) {
  if (!can(actor.role, "cases:work")) throw new AppError("FORBIDDEN", "Your role does not allow this.");
  const data = parseInput(logReceivedRequestSchema, input);
  checkReceivedAt(data.receivedAt, now);
  try {
    return await db().$transaction(async (tx) => {
      const requester = await tx.requester.create({ data: { ...data.requester } });
      const { case: created, deadline } = await insertCase(tx, {
        type: data.type,
        regime: data.regime,
        channel: data.channel,
        receivedAt: data.receivedAt,
        requesterId: requester.id,
        status: "NEW",
      });
      return acknowledgeLoggedCase(
        tx,
        {
          case: created,
          dueDate: deadline.dueDate,
          requester,
          audit: { channel: data.channel, regime: data.regime, dueDate: deadline.dueDate, warnings: deadline.warnings },
        },
        actor,
        now,
      );
    });
  } catch (error) {
    rethrowCalendarError(error);
  }
}
