/**
 * Request headers that make a test request come from the given client address, as the app server
 * would pass it on to route handlers, server actions and the proxy.
 */
export function fromClient(address: string): Record<string, string> {
  return { "x-forwarded-for": address };
}
