-- The audit chain is linked by a sealer after commit instead of by a trigger inside every writer's
-- transaction. The old trigger took one advisory lock that all writers shared and held it until they
-- committed, so every mutation on every instance queued on it. Now an insert takes no shared lock: events
-- arrive unchained ("chainSeq", "prevHash" and "hash" null) and audit_seal() links committed ones in
-- batches, in seal order. The hashed text is unchanged (audit_event_canonical, 'rightsdesk-audit-v1'):
-- the prevHash links already fix each event's position, so events chained before and after this migration
-- verify by one rule. See ARCHITECTURE.md "The audit trail".

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "chainSeq" BIGINT;

-- The old triggers go first: the numbering below is an UPDATE they would refuse.
DROP TRIGGER "AuditEvent_chain" ON "AuditEvent";
DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent";
DROP FUNCTION audit_event_chain();

-- Events chained before this migration keep their chain order (id order) as their position.
UPDATE "AuditEvent" e SET "chainSeq" = numbered.position
FROM (SELECT id, row_number() OVER (ORDER BY id) AS position FROM "AuditEvent" WHERE hash IS NOT NULL) numbered
WHERE e.id = numbered.id;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_chainSeq_key" ON "AuditEvent"("chainSeq");

-- An event arrives unchained: only the sealer gives it a place in the chain.
CREATE FUNCTION audit_event_append() RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW."chainSeq" IS NOT NULL OR NEW."prevHash" IS NOT NULL OR NEW.hash IS NOT NULL THEN
        RAISE EXCEPTION 'AuditEvent is append-only: an INSERT carrying chain values refused'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Insert events unchained; the sealer links them (audit_seal).';
    END IF;
    RETURN NEW;
END
$$;

-- The one UPDATE allowed is sealing an unsealed event: the chain columns go from null to values that
-- continue the chain (prevHash is the hash at the position before, hash is the event's recomputed hash)
-- and every other column stays as it was. Re-sealing and every other change are refused.
CREATE FUNCTION audit_event_seal_only() RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
DECLARE
    previous_hash TEXT;
BEGIN
    IF OLD."chainSeq" IS NOT NULL OR OLD."prevHash" IS NOT NULL OR OLD.hash IS NOT NULL
       OR NEW."chainSeq" IS NULL OR NEW.hash IS NULL
       OR NEW.id IS DISTINCT FROM OLD.id OR NEW.type IS DISTINCT FROM OLD.type
       OR NEW."caseId" IS DISTINCT FROM OLD."caseId" OR NEW."actorId" IS DISTINCT FROM OLD."actorId"
       OR NEW."actorKind" IS DISTINCT FROM OLD."actorKind" OR NEW.data IS DISTINCT FROM OLD.data
       OR NEW.ip IS DISTINCT FROM OLD.ip OR NEW."userAgent" IS DISTINCT FROM OLD."userAgent"
       OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt" THEN
        RAISE EXCEPTION 'AuditEvent is append-only: UPDATE refused'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Audit events are never changed or removed; record a new event instead.';
    END IF;
    SELECT e.hash INTO previous_hash FROM "AuditEvent" e WHERE e."chainSeq" = NEW."chainSeq" - 1;
    IF (NEW."chainSeq" > 1 AND previous_hash IS NULL) OR NEW."prevHash" IS DISTINCT FROM previous_hash
       OR NEW.hash <> audit_event_hash(NEW.id, NEW.type, NEW."caseId", NEW."actorId", NEW."actorKind", NEW.data,
                                       NEW.ip, NEW."userAgent", NEW."createdAt", NEW."prevHash") THEN
        RAISE EXCEPTION 'AuditEvent is append-only: a seal that does not continue the chain refused'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
ALTER FUNCTION audit_event_seal_only() SET enable_seqscan = off;

CREATE TRIGGER "AuditEvent_append"
    BEFORE INSERT ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION audit_event_append();

CREATE TRIGGER "AuditEvent_seal_only"
    BEFORE UPDATE ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION audit_event_seal_only();

CREATE TRIGGER "AuditEvent_append_only"
    BEFORE DELETE ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

-- Seals up to batch_size committed unsealed events, in id order, after the last sealed one; returns how
-- many. One sealer at a time across all instances: it takes a transaction-level advisory lock that only
-- the sealer takes (writers never do), and skips the round when another sealer holds it. An event with a
-- lower id that commits later is simply not visible yet and is sealed in a later batch, at a later
-- position. Each statement here reads with a fresh snapshot (READ COMMITTED), so the last sealed event is
-- read after the lock is held; other isolation levels are refused rather than allowed to fork the chain
-- (the unique chainSeq would refuse a fork anyway). A batch is one transaction: a sealer killed mid-batch
-- leaves nothing half-sealed.
CREATE FUNCTION audit_seal(batch_size INTEGER) RETURNS INTEGER
LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
    last_seq BIGINT;
    last_hash TEXT;
    next_hash TEXT;
    sealed INTEGER := 0;
    r RECORD;
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'the audit sealer runs in READ COMMITTED transactions (this one is %)',
            current_setting('transaction_isolation');
    END IF;
    IF NOT pg_try_advisory_xact_lock(5266461046738944002) THEN
        RETURN 0;
    END IF;
    SELECT e."chainSeq", e.hash INTO last_seq, last_hash
    FROM "AuditEvent" e WHERE e."chainSeq" IS NOT NULL ORDER BY e."chainSeq" DESC LIMIT 1;
    last_seq := coalesce(last_seq, 0);
    -- "id + 0": the unsealed events are found through the chainSeq index (its nulls) and sorted, never by
    -- walking the primary key past every sealed event, which stale statistics (taken during a backlog,
    -- and PGlite never re-takes them) would otherwise choose: measured 22 ms against 141 ms per batch at
    -- 600,000 events, growing with the table.
    FOR r IN SELECT * FROM "AuditEvent" e WHERE e."chainSeq" IS NULL ORDER BY e.id + 0 LIMIT batch_size LOOP
        last_seq := last_seq + 1;
        next_hash := audit_event_hash(r.id, r.type, r."caseId", r."actorId", r."actorKind", r.data, r.ip,
                                      r."userAgent", r."createdAt", last_hash);
        UPDATE "AuditEvent" SET "chainSeq" = last_seq, "prevHash" = last_hash, hash = next_hash WHERE id = r.id;
        last_hash := next_hash;
        sealed := sealed + 1;
    END LOOP;
    RETURN sealed;
END
$$;
-- Planned once per session: with sequential scans off, the last sealed event is the backward probe of the
-- chainSeq index whatever the statistics said when the plan was made (PGlite runs no autovacuum).
ALTER FUNCTION audit_seal(INTEGER) SET enable_seqscan = off;
