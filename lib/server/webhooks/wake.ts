import "server-only";

/**
 * Wakes this process's webhook workers when a delivery is queued, so a task (an objection to direct
 * marketing above all) goes out at once instead of at the next poll. The queuing transaction may not have
 * committed yet when this fires: a woken worker looks again a few times shortly after (see webhook-worker).
 * Workers in other processes find the row by polling.
 */
const holder = globalThis as unknown as { __rightsdeskWebhookWakers?: Set<() => void> };

function wakers(): Set<() => void> {
  holder.__rightsdeskWebhookWakers ??= new Set();
  return holder.__rightsdeskWebhookWakers;
}

export function onWebhookQueued(wake: () => void): () => void {
  wakers().add(wake);
  return () => wakers().delete(wake);
}

export function wakeWebhookWorkers(): void {
  for (const wake of wakers()) wake();
}
