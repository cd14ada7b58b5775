-- The queue's order among cases not closed: its default and overdue views read this index in order and
-- stop after a page, instead of walking the (dueAt, id) index past years of closed cases.
CREATE INDEX "Case_open_dueAt_id_idx" ON "Case" ("dueAt", "id") WHERE "closedAt" IS NULL;
