-- CreateTable
CREATE TABLE "DeadlineSettingsVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "DeadlineSettingsVersion_pkey" PRIMARY KEY ("id")
);

INSERT INTO "DeadlineSettingsVersion" (id) VALUES (1);

-- Any change to the policies or the calendar years renews the version, in the same transaction.
CREATE FUNCTION deadline_settings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DeadlineSettingsVersion" SET version = gen_random_uuid() WHERE id = 1;
  RETURN NULL;
END $$;

CREATE TRIGGER "DeadlinePolicy_settings_version"
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DeadlinePolicy"
    FOR EACH STATEMENT EXECUTE FUNCTION deadline_settings_changed();

CREATE TRIGGER "HolidayCalendarYear_settings_version"
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "HolidayCalendarYear"
    FOR EACH STATEMENT EXECUTE FUNCTION deadline_settings_changed();

-- A write that relied on a version read earlier calls this when the version has moved on.
CREATE FUNCTION deadline_settings_stale() RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'deadline settings changed' USING ERRCODE = 'RD001';
END $$;
