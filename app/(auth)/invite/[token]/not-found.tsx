import { Alert } from "@/components/ui/alert";
import { INVALID_INVITATION_MESSAGE } from "@/lib/server/users/invitation-for-token";

/** The one answer (404) for an invitation link that is unknown, expired or used. */
export default function InvitationNotFound() {
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="mb-1 text-xl font-semibold">Set your Rightsdesk password</h1>
      <div className="mt-4">
        <Alert>{INVALID_INVITATION_MESSAGE}</Alert>
      </div>
    </main>
  );
}
