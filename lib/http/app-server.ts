import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER, peerIsTrustedProxy, resolveClientAddress, type TrustedProxies } from "./client-address";

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

/** Headers only a proxy of ours may set; from anyone else they are dropped before Next.js reads them. */
const FORWARDING_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
];

/**
 * Gives each request the client's address before Next.js sees it. Next.js hides the socket from route
 * handlers, server actions and the proxy, and its own `x-forwarded-for` keeps whatever the client sent,
 * so the address is resolved here, where the socket is known, and written into CLIENT_ADDRESS_HEADER
 * (replacing any value the client sent). Forwarding headers are kept only when the socket's peer is a
 * trusted proxy; otherwise Next.js fills them from the socket itself.
 */
export function withClientAddress(handler: Handler, trusted: TrustedProxies): Handler {
  return (request, response) => {
    const peer = request.socket.remoteAddress;
    const address = resolveClientAddress(peer, request.headers["x-forwarded-for"], trusted);
    if (!peerIsTrustedProxy(peer, trusted)) {
      for (const name of FORWARDING_HEADERS) delete request.headers[name];
    }
    if (address === undefined) {
      // A socket without a peer address (already closed): nothing to serve.
      response.statusCode = 400;
      response.end();
      return;
    }
    request.headers[CLIENT_ADDRESS_HEADER] = address;
    return handler(request, response);
  };
}

/** An HTTP server running `handler` behind withClientAddress (the production and development server). */
export function createAppServer(handler: Handler, trusted: TrustedProxies): Server {
  const serve = withClientAddress(handler, trusted);
  return createServer((request, response) => {
    void serve(request, response);
  });
}
