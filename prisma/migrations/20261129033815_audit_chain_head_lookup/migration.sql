-- The chain trigger reads the latest event with "ORDER BY id DESC LIMIT 1". plpgsql plans that query
-- once per session: planned while the table was small (or just analyzed empty) it became a sequential
-- scan and stayed one, so every insert read the whole table (PGlite runs no autovacuum to replan it).
-- Planning it with sequential scans off makes it the backward primary-key index probe whatever the
-- statistics say. The setting applies only while the trigger function runs.
ALTER FUNCTION audit_event_chain() SET enable_seqscan = off;
