-- Case references take their number from a sequence instead of a per-year counter row. Every submission
-- (and every request staff log) locked the year's counter row until it committed, so all of them on all
-- servers queued on one row: a lock that all writers share. A sequence hands out numbers without a lock
-- held to commit. Numbers are now unique across years and do not restart each
-- year; they continue after the highest number any year's counter gave, so no existing reference repeats.
CREATE SEQUENCE "case_reference_number" AS BIGINT MINVALUE 1;

SELECT setval('case_reference_number', greatest(max_last, 1), max_last > 0)
FROM (SELECT coalesce(max(last), 0) AS max_last FROM "ReferenceCounter") AS counters;

-- DropTable
DROP TABLE "ReferenceCounter";
