// First: it prepares the runtime Next's request scope needs (see the file).
import { inRequestScope, sessionCookieFor } from "../support/request-scope";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/cases/[reference]/audit/route";
import { AppError } from "@/lib/errors/app-error";
import { exportCaseAudit } from "@/lib/server/audit/export-case-audit";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { submitRequest } from "@/lib/server/intake/submit-request";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { correctionRequest } from "../support/requests";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { fromClient } from "../support/client";
import { sealAudit } from "../support/audit-seal";

describe("a case's audit history export", () => {
  let database: TestDatabase;
  let reference: string;
  let caseId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    const submitted = await submitRequest({
      request: correctionRequest(),
      files: [],
      channel: "WEB",
      ip: "203.0.113.9",
    });
    caseId = submitted.caseId!;
    reference = (await database.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).reference;
    // Another case's events must not appear.
    await submitRequest({ request: correctionRequest(), files: [], channel: "WEB", ip: "203.0.113.10" });
  });
  afterAll(() => database.drop());

  const get = (path: string, headers: Record<string, string> = {}) => {
    const url = `http://localhost${path}`;
    return inRequestScope(url, headers, () =>
      GET(new NextRequest(url, { headers }), { params: Promise.resolve({ reference: path.split("/")[4]! }) }),
    );
  };

  it("returns the case's events in chain order as JSON, and audits the export", async () => {
    const officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    await database.prisma.$transaction((tx) =>
      recordAuditEvent(tx, {
        type: "case.assigned",
        actorKind: "STAFF",
        actorId: officer.id,
        caseId,
        data: { assigneeId: { from: null, to: officer.id } },
        ip: "198.51.100.4",
        userAgent: "Browser/1.0",
      }),
    );
    await sealAudit(database.prisma);
    const cookie = await sessionCookieFor(officer);
    const response = await get(`/api/v1/cases/${reference}/audit`, {
      cookie,
      "user-agent": "Regulator-Export/2",
      ...fromClient("192.0.2.44"),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { reference: string; events: Record<string, unknown>[] };
    expect(body.reference).toBe(reference);
    const own = await database.prisma.auditEvent.findMany({
      where: { caseId, type: { not: "case.audit_exported" } },
      orderBy: { chainSeq: "asc" },
    });
    expect(body.events.map((e) => e.id)).toEqual(own.map((e) => e.id.toString()));
    expect(body.events.at(-1)).toMatchObject({
      type: "case.assigned",
      actorKind: "STAFF",
      actor: officer.email,
      ip: "198.51.100.4",
      userAgent: "Browser/1.0",
      data: { assigneeId: { from: null, to: officer.id } },
      hash: own.at(-1)!.hash,
      prevHash: own.at(-1)!.prevHash,
    });
    // Sealed before the export, so the export carries the chain's hashes.
    expect(own.at(-1)!.hash).toMatch(/^[0-9a-f]{64}$/);

    const exported = await database.prisma.auditEvent.findFirstOrThrow({
      where: { caseId, type: "case.audit_exported" },
    });
    expect(exported).toMatchObject({
      actorId: officer.id,
      actorKind: "STAFF",
      data: { format: "json", events: own.length },
      ip: "192.0.2.44",
      userAgent: "Regulator-Export/2",
    });
    await sealAudit(database.prisma);
    expect(await verifyAuditChain(database.prisma)).toMatchObject({ intact: true, unsealed: { count: 0 } });
  });

  it("answers CSV with a file name when asked", async () => {
    const auditor = await createStaff(database.prisma, { role: "AUDITOR" });
    const response = await get(`/api/v1/cases/${reference}/audit?format=csv`, {
      cookie: await sessionCookieFor(auditor),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${reference}-audit.csv"`);
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,time,type,actorKind,actor,data,ip,userAgent,prevHash,hash");
    const events = await database.prisma.auditEvent.findMany({ where: { caseId }, orderBy: { id: "asc" } });
    // The header, then every event of the case before this export (the JSON export's event included).
    expect(lines).toHaveLength(1 + events.length - 1);
    expect(lines.some((l) => l.includes(",case.assigned,STAFF,") && l.includes('"{""assigneeId"":'))).toBe(true);
  });

  it("refuses a caller who is not signed in, and an unknown reference", async () => {
    const anonymous = await get(`/api/v1/cases/${reference}/audit`);
    expect(anonymous.status).toBe(401);
    const officer = await createStaff(database.prisma);
    const cookie = await sessionCookieFor(officer);
    expect((await get(`/api/v1/cases/DSR-2020-999999/audit`, { cookie })).status).toBe(404);
    expect((await get(`/api/v1/cases/${reference}/audit?format=xml`, { cookie })).status).toBe(400);
  });

  it("is refused to a role without case access (the use-case checks too)", async () => {
    const officer = await createStaff(database.prisma);
    const nobody = { ...officer, role: "VISITOR" } as unknown as typeof officer;
    const error = (await exportCaseAudit({ reference }, nobody).catch((e: unknown) => e)) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.status).toBe(403);
  });
});
