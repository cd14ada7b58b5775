import { Alert } from "@/components/ui/alert";
import { INVALID_ROUTING_LINK_MESSAGE } from "@/lib/server/routing/routing-for-token";

/** The one answer (404) for a customer link that is unknown, expired, revoked or replaced. */
export default function PartnerLinkNotFound() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="mb-4 text-2xl font-semibold">This link does not work</h1>
      <Alert>
        {INVALID_ROUTING_LINK_MESSAGE} If you still need the request, reply to our email and we will send a new link.
      </Alert>
    </main>
  );
}
