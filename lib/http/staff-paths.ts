/** The staff area's pages: the proxy asks for a session on these, and writes them in the staff area's language. */
export const STAFF_PATHS = /^\/(cases|tasks|settings|customers|systems|reports)(\/|$)/;
