import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/v1/tasks/[id]/result/route";
import { resetEnvForTests } from "@/lib/config/env";
import { messages } from "@/lib/i18n/messages";
import { addApiToken, addWebhookTask, createWebhookSystem } from "../support/fulfilment";
import { fromClient } from "../support/client";
import { logCase } from "../support/log-case";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * Pins the clock (Date only) 5 s into a minute, so the per-minute limits a test counts against cannot roll
 * over to a new window between its calls.
 */
function inOneMinute() {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(Math.floor(Date.now() / 60_000) * 60_000 + 60_000 + 5_000));
}

let ip = 0;
function call(taskId: string, token: string | null, body: BodyInit, headers: Record<string, string> = {}) {
  return POST(
    new Request(`http://localhost/api/v1/tasks/${taskId}/result`, {
      method: "POST",
      headers: {
        ...(typeof body === "string" ? { "content-type": "application/json" } : {}),
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
        ...fromClient(`198.51.100.${++ip % 250}`),
        ...headers,
      },
      body,
    }),
    { params: Promise.resolve({ id: taskId }) },
  );
}

interface ErrorBody {
  error: { code: string; message: string; fieldErrors?: Record<string, string[]> };
}
const errorOf = async (response: Response) => ((await response.json()) as ErrorBody).error;

const done = (result: string) => JSON.stringify({ state: "DONE", result });

describe("POST /api/v1/tasks/{id}/result", () => {
  let database: TestDatabase;
  let system: Awaited<ReturnType<typeof createWebhookSystem>>;
  let other: Awaited<ReturnType<typeof createWebhookSystem>>;
  let officer: Awaited<ReturnType<typeof createStaff>>;

  async function newTask(kind = "DELETION", forSystem = system.id) {
    const logged = await logCase(
      {
        type: kind,
        regime: "EU_GDPR",
        channel: "EMAIL",
        receivedAt: new Date(Date.now() - 60_000).toISOString(),
        requester: { email: "sam.subject@example.com", name: "Sam Subject" },
      },
      officer,
    );
    return (await addWebhookTask(database.prisma, logged.id, forSystem, kind as never)).taskId;
  }

  beforeAll(async () => {
    process.env.TASK_RESULTS_PER_IP_MINUTE = "100000";
    process.env.TASK_RESULTS_PER_TOKEN_MINUTE = "100000";
    resetEnvForTests();
    database = await createTestDatabase();
    officer = await createStaff(database.prisma);
    system = await createWebhookSystem(database.prisma, { url: "http://127.0.0.1:9/a" });
    other = await createWebhookSystem(database.prisma, { url: "http://127.0.0.1:9/b" });
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    await database.prisma.fulfilmentPolicy.deleteMany();
  });

  it("finishes the task with the system's result, audited as the system", async () => {
    const taskId = await newTask("CORRECTION");
    const response = await call(
      taskId,
      system.apiToken,
      JSON.stringify({ state: "DONE", result: "CORRECTED", note: "Changed in CRM" }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ taskId, state: "DONE", result: "CORRECTED" });
    const task = await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: taskId } });
    expect(task).toMatchObject({ state: "DONE", result: "CORRECTED", reason: "Changed in CRM", finishedBy: "SYSTEM" });
    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { type: "task.finished", caseId: task.caseId },
    });
    expect(event.actorKind).toBe("DATA_SYSTEM");
  });

  it("refuses a missing, wrong or retired token with 401 and changes nothing", async () => {
    const taskId = await newTask();
    const retired = await addApiToken(database.prisma, system.id, new Date(Date.now() - 1000));
    for (const token of [null, "", "rdt_forged", retired]) {
      const response = await call(taskId, token, done("DELETED"));
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
      expect((await errorOf(response)).message).toBe(messages.en.problems.apiTokenRefused);
    }
    expect((await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: taskId } })).state).toBe("OPEN");
  });

  it("never reads the body of a caller whose token is refused", async () => {
    const taskId = await newTask("ACCESS");
    let read = false;
    const body = new ReadableStream(
      {
        pull() {
          read = true;
          throw new Error("the body was read");
        },
      },
      { highWaterMark: 0 },
    );
    const response = await POST(
      new Request(`http://localhost/api/v1/tasks/${taskId}/result`, {
        method: "POST",
        headers: {
          "content-type": "multipart/form-data; boundary=x",
          authorization: "Bearer rdt_forged",
          ...fromClient("198.51.100.77"),
        },
        body,
        duplex: "half",
      } as RequestInit),
      { params: Promise.resolve({ id: taskId }) },
    );
    expect(response.status).toBe(401);
    expect(read).toBe(false);
  });

  it("accepts a rotated token and the old one until it retires", async () => {
    const next = await addApiToken(database.prisma, system.id);
    expect((await call(await newTask(), next, done("DELETED"))).status).toBe(200);
    expect((await call(await newTask(), system.apiToken, done("DELETED"))).status).toBe(200);
  });

  it("refuses another system's task with 403 and an unknown task with 404", async () => {
    const taskId = await newTask();
    expect((await call(taskId, other.apiToken, done("DELETED"))).status).toBe(403);
    expect((await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: taskId } })).state).toBe("OPEN");
    expect((await call("00000000-0000-4000-8000-000000000000", system.apiToken, done("DELETED"))).status).toBe(404);
    expect((await call("not-a-uuid", system.apiToken, done("DELETED"))).status).toBe(404);
  });

  it("refuses a replayed result with 409 and keeps the first", async () => {
    const taskId = await newTask();
    expect((await call(taskId, system.apiToken, done("DELETED"))).status).toBe(200);
    const before = await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: taskId } });
    const replay = await call(taskId, system.apiToken, JSON.stringify({ state: "FAILED", reason: "again" }));
    expect(replay.status).toBe(409);
    const after = await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: taskId } });
    expect(after).toEqual(before);
  });

  it("refuses a result for a task whose case is closed with 409", async () => {
    const taskId = await newTask();
    const task = await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: taskId } });
    await database.prisma.case.update({ where: { id: task.caseId }, data: { status: "CLOSED", closedAt: new Date() } });
    expect((await call(taskId, system.apiToken, done("DELETED"))).status).toBe(409);
  });

  it("answers bad input with 400 and field errors, and a result that does not fit the task", async () => {
    const taskId = await newTask();
    const missing = await call(taskId, system.apiToken, JSON.stringify({ state: "FAILED" }));
    expect(missing.status).toBe(400);
    expect((await errorOf(missing)).fieldErrors).toEqual({ reason: ["required"] });
    const wrongKind = await call(taskId, system.apiToken, done("CORRECTED"));
    expect(wrongKind.status).toBe(400);
    expect((await errorOf(wrongKind)).fieldErrors).toEqual({ result: ["taskResultNotForKind"] });
    expect((await call(taskId, system.apiToken, "{not json")).status).toBe(400);
    const noState = await call(taskId, system.apiToken, JSON.stringify({ result: "DELETED" }));
    expect((await errorOf(noState)).fieldErrors).toEqual({ state: ["choose_answer"] });
    expect((await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: taskId } })).state).toBe("OPEN");
  });

  it("takes export files as multipart, checked by their bytes and the policy's caps", async () => {
    const taskId = await newTask("ACCESS");
    const form = new FormData();
    form.set("state", "DONE");
    form.set("result", "FILES_ATTACHED");
    form.append("files", new Blob(["email,name\nsam@example.com,Sam\n"]), "export.csv");
    form.append("files", new Blob([JSON.stringify({ orders: [] })]), "orders.json");
    const response = await call(taskId, system.apiToken, form);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ state: "DONE", result: "FILES_ATTACHED", files: 2 });
    const uploads = await database.prisma.upload.findMany({ where: { taskId }, orderBy: { number: "asc" } });
    expect(uploads.map((u) => [u.purpose, u.contentType, u.filename])).toEqual([
      ["TASK_RESULT", "text/csv", "export.csv"],
      ["TASK_RESULT", "application/json", "orders.json"],
    ]);
  });

  it("takes files only with an access export: another task's body stays small and its files are refused", async () => {
    const deletion = await newTask("DELETION");
    const form = new FormData();
    form.set("state", "DONE");
    form.set("result", "DELETED");
    form.append("files", new Blob(["email\nsam@example.com\n"]), "export.csv");
    const refused = await call(deletion, system.apiToken, form);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { fieldErrors: { files: ["files_only_with_export"] } } });
    // A body past 1 MB is not read for a task that takes no files (413), whatever the file caps allow.
    const large = new FormData();
    large.set("state", "DONE");
    large.set("result", "DELETED");
    large.append("files", new Blob([Buffer.alloc(2 * 1024 * 1024, 0x61)]), "big.csv");
    expect((await call(deletion, system.apiToken, large)).status).toBe(413);
    expect(await database.prisma.upload.count({ where: { taskId: deletion } })).toBe(0);
    expect((await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: deletion } })).state).toBe("OPEN");
  });

  it("checks files as the task link and the case page do, and counts the result as a change to the case", async () => {
    const taskId = await newTask("ACCESS");
    const before = await database.prisma.fulfilmentTask.findUniqueOrThrow({
      where: { id: taskId },
      select: { case: { select: { version: true } } },
    });
    // An export said to be attached, without its files: refused, as through the task link.
    const empty = await call(taskId, system.apiToken, done("FILES_ATTACHED"));
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).fieldErrors?.files).toEqual(["attach_export_files"]);
    // Text that is not named .csv is no type the download route can serve it as: refused like anywhere else.
    const unnamed = new FormData();
    unnamed.set("state", "DONE");
    unnamed.set("result", "FILES_ATTACHED");
    unnamed.append("files", new Blob(["email,name\n"]), "export.txt");
    const refused = await call(taskId, system.apiToken, unnamed);
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).fieldErrors?.files).toEqual(["task_file_type_not_allowed"]);
    const good = new FormData();
    good.set("state", "DONE");
    good.set("result", "FILES_ATTACHED");
    good.append("files", new Blob(["email,name\n"]), "export.csv");
    expect((await call(taskId, system.apiToken, good)).status).toBe(200);
    const after = await database.prisma.fulfilmentTask.findUniqueOrThrow({
      where: { id: taskId },
      select: { case: { select: { version: true } } },
    });
    // A staff member's form opened before the result must not overwrite the case as it was.
    expect(after.case.version).toBe(before.case.version + 1);
  });

  it("refuses files past the caps or of an unknown type with 400, and a body past the limit with 413", async () => {
    await database.prisma.fulfilmentPolicy.create({ data: { id: 1, maxFilesPerResult: 1, maxFileMegabytes: 1 } });
    const taskId = await newTask("ACCESS");
    const two = new FormData();
    two.set("state", "DONE");
    two.set("result", "FILES_ATTACHED");
    two.append("files", new Blob(["a,b\n"]), "a.csv");
    two.append("files", new Blob([new Uint8Array([0, 1, 2, 3])]), "b.bin");
    const refused = await call(taskId, system.apiToken, two);
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).fieldErrors?.files).toContain("task_too_many_files:1");
    const binary = new FormData();
    binary.set("state", "DONE");
    binary.set("result", "FILES_ATTACHED");
    binary.append("files", new Blob([new Uint8Array([0, 1, 2, 3])]), "export.csv");
    const wrongType = await call(taskId, system.apiToken, binary);
    expect(wrongType.status).toBe(400);
    expect((await errorOf(wrongType)).fieldErrors?.files).toEqual(["task_file_type_not_allowed"]);
    const big = new FormData();
    big.set("state", "DONE");
    big.set("result", "FILES_ATTACHED");
    big.append("files", new Blob([Buffer.alloc(3 * 1024 * 1024, 0x61)]), "big.csv");
    expect((await call(taskId, system.apiToken, big)).status).toBe(413);
    expect(await database.prisma.upload.count({ where: { taskId } })).toBe(0);
    expect((await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: taskId } })).state).toBe("OPEN");
  });

  it("answers a run of forged tokens from one address with 429 after its few guesses", async () => {
    process.env.TOKEN_LOOKUPS_PER_IP_MINUTE = "3";
    resetEnvForTests();
    inOneMinute();
    try {
      const taskId = await newTask();
      const statuses = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await call(taskId, `rdt_guess_${i}`, done("DELETED"), fromClient("203.0.113.9"))).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      // A system with its token, from elsewhere, is not held up by them.
      expect((await call(taskId, system.apiToken, done("DELETED"))).status).toBe(200);
    } finally {
      vi.useRealTimers();
      delete process.env.TOKEN_LOOKUPS_PER_IP_MINUTE;
      resetEnvForTests();
    }
  });

  it("limits calls per client address and per token", async () => {
    process.env.TASK_RESULTS_PER_TOKEN_MINUTE = "2";
    resetEnvForTests();
    inOneMinute();
    try {
      const taskId = await newTask();
      const token = await addApiToken(database.prisma, other.id);
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await call(taskId, token, done("DELETED"))).status);
      expect(statuses).toEqual([403, 403, 429]);
    } finally {
      vi.useRealTimers();
      process.env.TASK_RESULTS_PER_TOKEN_MINUTE = "100000";
      resetEnvForTests();
    }
  });

  it("never answers junk with a 500 or finishes a task with it", async () => {
    const taskId = await newTask();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.json(), fc.string(), fc.constant(JSON.stringify({ state: "DONE", result: "X" }))),
        async (body) => {
          const response = await call(taskId, system.apiToken, body);
          expect(response.status).toBe(400);
        },
      ),
      { numRuns: 60 },
    );
    const task = await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: taskId } });
    expect(task.state).toBe("OPEN");
  });
});
