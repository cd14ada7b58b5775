"use server";

import { revalidatePath } from "next/cache";
import { formStateFromError, type FormState } from "@/lib/forms/form-state";
import { replyAsRequester } from "@/lib/server/status/reply-as-requester";
import { withdrawRequest } from "@/lib/server/status/withdraw-request";

async function attempt(token: string, work: () => Promise<unknown>, done: string): Promise<FormState> {
  try {
    await work();
    revalidatePath(`/status/${token}`);
    return { ok: true, message: done };
  } catch (error) {
    return formStateFromError(error);
  }
}

export async function replyAction(_: FormState, formData: FormData): Promise<FormState> {
  const token = formData.get("token");
  if (typeof token !== "string") return { message: "This link is not valid." };
  const files = await Promise.all(
    formData
      .getAll("files")
      .filter((f): f is File => typeof f !== "string" && f.size > 0)
      .map(async (f) => ({ filename: f.name, bytes: Buffer.from(await f.arrayBuffer()) })),
  );
  return attempt(token, () => replyAsRequester({ token, body: formData.get("body") }, files), "replied");
}

export async function withdrawAction(_: FormState, formData: FormData): Promise<FormState> {
  const token = formData.get("token");
  if (typeof token !== "string") return { message: "This link is not valid." };
  return attempt(
    token,
    () => withdrawRequest({ token, confirm: formData.get("confirm") === "yes" || undefined }),
    "withdrawn",
  );
}
