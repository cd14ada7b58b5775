/**
 * A language's wording of a part of the catalogue: the same keys as the English part (a key missing or
 * extra fails to compile), each message any string.
 */
export type Wording<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Wording<T[K]> };
