import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { MIN_PASSWORD_LENGTH } from "@/lib/domain/auth/accept-invitation";
import { invitationForToken } from "@/lib/server/users/invitation-for-token";
import { requestLocale } from "@/lib/i18n/locale";

// The link carries a secret: never pass it on to other sites.
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t("titles.setPassword"), referrer: "no-referrer", robots: { index: false } };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await invitationForToken(token);
  // Unknown, expired and used links: one 404 page (./not-found.tsx).
  if (!invitation) notFound();
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="mb-1 text-xl font-semibold">Set your Rightsdesk password</h1>
      <p className="mb-6 text-sm text-slate-600">
        Welcome, {invitation.name}. Choose a password of at least {MIN_PASSWORD_LENGTH} characters; a few unrelated
        words make a strong one.
      </p>
      <AcceptInvitationForm token={token} email={invitation.email} minLength={MIN_PASSWORD_LENGTH} />
    </main>
  );
}
