"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SystemSecretKind } from "@/lib/db/generated/enums";

/** Secrets just made, shown this once (the page never has them again), with a link to the system. */
export function ShownOnceSecrets({
  systemId,
  secrets,
  name,
  link = false,
}: {
  systemId: string;
  secrets: { kind: SystemSecretKind; value: string }[];
  /** The system's name, where several systems' secrets are listed (the import). */
  name?: string;
  link?: boolean;
}) {
  const t = useTranslations();
  if (secrets.length === 0) return null;
  // Two rotations on one page show two of these: the kinds keep their headings apart.
  const headingId = `secrets-${systemId}-${secrets.map((s) => s.kind).join("-")}`;
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4"
      data-testid="shown-once-secrets"
    >
      <h2 id={headingId} className="font-semibold">
        {name ? <span translate="no">{name}</span> : t("systems.secrets.shownOnceTitle")}
      </h2>
      {!name && <p className="text-sm text-slate-700">{t("systems.secrets.shownOnce")}</p>}
      <dl className="space-y-2 text-sm">
        {secrets.map((secret) => (
          <div key={secret.kind}>
            <dt className="font-medium">{t(`systems.secrets.kinds.${secret.kind}`)}</dt>
            <dd>
              <code className="block break-all rounded bg-white px-2 py-1" translate="no">
                {secret.value}
              </code>
            </dd>
          </div>
        ))}
      </dl>
      {link && (
        <Link href={`/systems/${systemId}`} className="text-sm text-blue-800 underline">
          {t("systems.secrets.open")}
        </Link>
      )}
    </section>
  );
}
