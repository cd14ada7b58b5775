import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";

/**
 * Request headers that make a test request come from the given client address, as the app server
 * (lib/http/app-server.ts) passes it on to route handlers, server actions and the proxy.
 */
export function fromClient(address: string): Record<string, string> {
  return { [CLIENT_ADDRESS_HEADER]: address };
}
