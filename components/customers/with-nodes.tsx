import { Fragment, type ReactNode } from "react";

/**
 * A translated sentence with elements (a link, a code) where its arguments go, in whatever order the
 * language puts them: the message is formatted with a marker for each argument, then cut at the markers.
 * The catalogue keeps one message per sentence, without rich-text tags.
 */
export function withNodes<K extends string>(
  nodes: Record<K, ReactNode>,
  format: (markers: Record<K, string>) => string,
): ReactNode[] {
  const names = Object.keys(nodes) as K[];
  const markers = Object.fromEntries(names.map((name, i) => [name, `\u0000${i}\u0000`])) as Record<K, string>;
  return format(markers)
    .split(/\u0000(\d+)\u0000/)
    .map((part, i) => (i % 2 === 0 ? part : <Fragment key={i}>{nodes[names[Number(part)]!]}</Fragment>));
}
