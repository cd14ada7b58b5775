/*
 * How much a page's form may send, in one place for the browser's checks, the use-cases, Next's
 * configuration and the proxy, so the limits a requester is told about are the limits every layer keeps.
 */

/** Files one form may carry: the request form, a requester's reply, a request staff log on someone's behalf. */
export const MAX_UPLOADS = 3;
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * The largest body a page may be posted: the files at their limits plus the text fields (capped by their
 * schemas at a few KB each) and the multipart framing, with room to spare. Next's proxy buffers a page's
 * body up to this size (beyond its 10 MB default it used to cut the body off, and the action failed with a
 * 500) and server actions read up to it; the proxy answers a larger body with 413.
 */
export const MAX_FORM_BODY_BYTES = MAX_UPLOADS * MAX_UPLOAD_BYTES + 2 * 1024 * 1024;
