-- Uploads are served as <reference>-<number>.<ext> (never under the uploader's file name): each upload
-- gets a number within its case, and the case keeps the last one given, so numbers are not reused.

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "lastUploadNumber" INTEGER NOT NULL DEFAULT 0;

-- AlterTable: numbered in the order the files arrived, then required.
ALTER TABLE "Upload" ADD COLUMN     "number" INTEGER;
UPDATE "Upload" u SET "number" = n.number
  FROM (SELECT id, row_number() OVER (PARTITION BY "caseId" ORDER BY "createdAt", id)::int AS number FROM "Upload") n
  WHERE u.id = n.id;
UPDATE "Case" c SET "lastUploadNumber" = m.last
  FROM (SELECT "caseId", max("number") AS last FROM "Upload" GROUP BY "caseId") m
  WHERE c.id = m."caseId";
ALTER TABLE "Upload" ALTER COLUMN "number" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Upload_caseId_number_key" ON "Upload"("caseId", "number");
