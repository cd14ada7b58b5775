"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { SystemSecretKind } from "@/lib/db/generated/enums";
import { importSystemsSchema, rotateSystemSecretSchema, updateSystemSchema } from "@/lib/domain/systems/system-forms";
import { systemFieldsSchema } from "@/lib/domain/systems/system-schema";
import { staffFormAction, type FormReply } from "@/lib/forms/form-action";
import { formatDateTime } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";
import { createSystem } from "@/lib/server/systems/create-system";
import { importSystems, systemImportRejected, type SystemImportReport } from "@/lib/server/systems/import-systems";
import { rotateSystemSecret } from "@/lib/server/systems/rotate-system-secret";
import type { NewSecret } from "@/lib/server/systems/system-secrets";
import { updateSystem } from "@/lib/server/systems/update-system";

/** Secrets just made, for the page to show this once: the kind and the value, nothing else. */
export interface ShownSecrets {
  systemId: string;
  secrets: { kind: SystemSecretKind; value: string }[];
}

const shown = (systemId: string, secrets: NewSecret[]): ShownSecrets => ({
  systemId,
  secrets: secrets.map(({ kind, value }) => ({ kind, value })),
});

/** Adds a system: a manual one opens its page; a webhook one stays to show its secrets once. */
export const createSystemAction = staffFormAction<typeof systemFieldsSchema, ShownSecrets>("systems:manage", {
  schema: systemFieldsSchema,
  run: async (fields, { actor }) => {
    const { systemId, secrets } = await createSystem(fields, actor);
    revalidatePath("/systems");
    if (secrets.length === 0) redirect(`/systems/${systemId}`);
    return { message: translatorFor(actor.locale)("systems.done.created"), data: shown(systemId, secrets) };
  },
});

export const updateSystemAction = staffFormAction<typeof updateSystemSchema, ShownSecrets>("systems:manage", {
  schema: updateSystemSchema,
  run: async (system, { actor }) => {
    const { changed, secrets } = await updateSystem(system, actor);
    revalidatePath("/systems");
    revalidatePath(`/systems/${system.systemId}`);
    const t = translatorFor(actor.locale);
    const message = changed.length || secrets.length ? t("systems.done.saved") : t("systems.done.noChange");
    return { message, data: shown(system.systemId, secrets) };
  },
});

/** A new signing secret or API token, shown once; the previous one keeps working for the overlap. */
export const rotateSystemSecretAction = staffFormAction<typeof rotateSystemSecretSchema, ShownSecrets>(
  "systems:manage",
  {
    schema: rotateSystemSecretSchema,
    run: async (rotation, { actor }) => {
      const { secret, retiresAt } = await rotateSystemSecret(rotation, actor);
      revalidatePath(`/systems/${rotation.systemId}`);
      const t = translatorFor(actor.locale);
      const message = rotation.retireNow
        ? t("systems.done.rotatedAtOnce")
        : t("systems.done.rotated", { time: formatDateTime(actor.locale, retiresAt) });
      return { message, data: shown(rotation.systemId, [secret]) };
    },
  },
);

/** The import's reply: the wrapper's, plus the report (rejected rows by line, or the secrets made). */
export type SystemImportReply = FormReply & { report?: SystemImportReport };

/** All or nothing: one rejected row and the whole file is refused, the report naming each by line. */
export async function importSystemsAction(
  previous: SystemImportReply | undefined,
  formData: FormData,
): Promise<SystemImportReply> {
  let report: SystemImportReport | undefined;
  const importFile = staffFormAction("systems:manage", {
    schema: importSystemsSchema,
    run: async ({ file }, { actor }) => {
      report = await importSystems(
        { file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } },
        actor,
      );
      const count = report.rejected.length;
      if (count > 0) throw systemImportRejected(count);
      revalidatePath("/systems");
      return translatorFor(actor.locale)("systems.done.imported", { count: report.imported });
    },
  });
  const reply = await importFile(previous, formData);
  return { ...reply, report };
}
