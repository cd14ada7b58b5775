/**
 * Headers that make a browser or API request come from another client: the e2e server trusts this
 * machine as its proxy (TRUSTED_PROXIES in serve.ts), so the address it forwards names the client.
 */
export function fromClient(address: string): Record<string, string> {
  return { "x-forwarded-for": address };
}
