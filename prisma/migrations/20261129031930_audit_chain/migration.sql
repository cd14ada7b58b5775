-- The audit trail becomes a hash chain and append-only. Nothing here changes what schema.prisma models:
-- functions and triggers only (Prisma neither reads nor diffs them).
--
-- Each event's hash is the hex SHA-256 of audit_event_canonical(...) over its content and the previous
-- event's hash; lib/domain/audit/audit-chain.ts builds the same text, so `npm run audit:verify` recomputes
-- every hash outside the database. Change the text only with a new version tag and a verifier that knows it.

-- One line per field: the version tag, the id, then each field as a JSON literal (null when absent; data as
-- its jsonb text, which PostgreSQL prints canonically; createdAt in UTC to the millisecond). JSON literals
-- never contain a raw newline, so the text is unambiguous.
CREATE FUNCTION audit_event_canonical(
    id BIGINT,
    type TEXT,
    case_id UUID,
    actor_id UUID,
    actor_kind TEXT,
    data JSONB,
    ip TEXT,
    user_agent TEXT,
    created_at TIMESTAMPTZ,
    prev_hash TEXT
) RETURNS TEXT
LANGUAGE sql STABLE
AS $$
    SELECT concat_ws(E'\n',
        'rightsdesk-audit-v1',
        id::text,
        coalesce(to_json(type)::text, 'null'),
        coalesce(to_json(case_id::text)::text, 'null'),
        coalesce(to_json(actor_id::text)::text, 'null'),
        coalesce(to_json(actor_kind)::text, 'null'),
        coalesce(data::text, 'null'),
        coalesce(to_json(ip)::text, 'null'),
        coalesce(to_json(user_agent)::text, 'null'),
        coalesce(to_json(to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text, 'null'),
        coalesce(to_json(prev_hash)::text, 'null'))
$$;

CREATE FUNCTION audit_event_hash(
    id BIGINT,
    type TEXT,
    case_id UUID,
    actor_id UUID,
    actor_kind TEXT,
    data JSONB,
    ip TEXT,
    user_agent TEXT,
    created_at TIMESTAMPTZ,
    prev_hash TEXT
) RETURNS TEXT
LANGUAGE sql STABLE
AS $$
    SELECT encode(sha256(convert_to(
        audit_event_canonical(id, type, case_id, actor_id, actor_kind, data, ip, user_agent, created_at, prev_hash),
        'UTF8')), 'hex')
$$;

-- Chain the events that already exist, in id order (the triggers below do not exist yet).
DO $$
DECLARE
    r RECORD;
    previous TEXT := NULL;
BEGIN
    FOR r IN SELECT * FROM "AuditEvent" ORDER BY id LOOP
        UPDATE "AuditEvent"
        SET "prevHash" = previous,
            "hash" = audit_event_hash(r.id, r.type, r."caseId", r."actorId", r."actorKind", r.data, r.ip,
                                      r."userAgent", r."createdAt", previous)
        WHERE id = r.id
        RETURNING "hash" INTO previous;
    END LOOP;
END
$$;

-- Appends one at a time: a transaction-scoped advisory lock serializes them, so each new event links to
-- the one committed before it. The id from the sequence was drawn before the lock; if a later id was
-- committed meanwhile, the event takes a fresh one, so id order is always chain order. The previous event
-- is read with a new snapshot, which only READ COMMITTED gives: other isolation levels are refused rather
-- than allowed to fork the chain.
CREATE FUNCTION audit_event_chain() RETURNS TRIGGER
LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
    last_id BIGINT;
    last_hash TEXT;
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'audit events must be appended in READ COMMITTED transactions (this one is %)',
            current_setting('transaction_isolation');
    END IF;
    PERFORM pg_advisory_xact_lock(5266461046738944001);
    SELECT e.id, e."hash" INTO last_id, last_hash FROM "AuditEvent" e ORDER BY e.id DESC LIMIT 1;
    IF last_id IS NOT NULL AND NEW.id <= last_id THEN
        NEW.id := nextval(pg_get_serial_sequence('"AuditEvent"', 'id'));
    END IF;
    NEW."prevHash" := last_hash;
    NEW."hash" := audit_event_hash(NEW.id, NEW.type, NEW."caseId", NEW."actorId", NEW."actorKind", NEW.data,
                                   NEW.ip, NEW."userAgent", NEW."createdAt", NEW."prevHash");
    RETURN NEW;
END
$$;

CREATE FUNCTION audit_event_append_only() RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Audit events are never changed or removed; record a new event instead.';
END
$$;

CREATE TRIGGER "AuditEvent_chain"
    BEFORE INSERT ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION audit_event_chain();

CREATE TRIGGER "AuditEvent_append_only"
    BEFORE UPDATE OR DELETE ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

-- TRUNCATE fires no row triggers; a statement trigger refuses it too.
CREATE TRIGGER "AuditEvent_no_truncate"
    BEFORE TRUNCATE ON "AuditEvent"
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
