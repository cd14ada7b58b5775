-- AlterTable
ALTER TABLE "CustomerRouting" ADD COLUMN     "contactIds" UUID[] DEFAULT ARRAY[]::UUID[];

-- CreateTable
CREATE TABLE "CustomerContact" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "removedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerContact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CustomerContact_customerId_email_key" ON "CustomerContact"("customerId", "email");

-- AddForeignKey
ALTER TABLE "CustomerContact" ADD CONSTRAINT "CustomerContact_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "CloudCustomer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Contacts were a list of addresses on the customer: each listed address becomes a contact with an id,
-- in its place in the list (the list keeps being written with the rows, see schema.prisma).
INSERT INTO "CustomerContact" ("id", "customerId", "email", "position")
SELECT gen_random_uuid(), c."id", e.email, e.ord - 1
FROM "CloudCustomer" c, unnest(c."contactEmails") WITH ORDINALITY AS e(email, ord)
ON CONFLICT ("customerId", "email") DO NOTHING;

-- Routings sent before name the listed contacts they went to; an address typed by hand matches none.
UPDATE "CustomerRouting" r SET "contactIds" = coalesce(
  (SELECT array_agg(cc."id" ORDER BY cc."position") FROM "CustomerContact" cc
   WHERE cc."customerId" = r."customerId" AND cc."email" = ANY (r."contactEmails")),
  '{}')
WHERE cardinality(r."contactEmails") > 0;
