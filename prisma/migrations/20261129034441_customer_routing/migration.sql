-- CreateEnum
CREATE TYPE "RoutingState" AS ENUM ('SENT', 'ACKNOWLEDGED', 'COMPLETED_BY_CONTROLLER', 'DECLINED_BY_CONTROLLER', 'REVOKED');

-- CreateEnum
CREATE TYPE "RoutingDeclineReason" AS ENUM ('NOT_OUR_DATA_SUBJECT', 'NOT_OUR_CUSTOMER');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "customerId" UUID,
ADD COLUMN     "routingState" "RoutingState";

-- CreateTable
CREATE TABLE "CloudCustomer" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "contactEmails" TEXT[],
    "agreementReference" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CloudCustomer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerRouting" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "contactEmails" TEXT[],
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "state" "RoutingState" NOT NULL DEFAULT 'SENT',
    "sentAt" TIMESTAMPTZ(3) NOT NULL,
    "acknowledgedAt" TIMESTAMPTZ(3),
    "respondedAt" TIMESTAMPTZ(3),
    "declineReason" "RoutingDeclineReason",
    "responseNote" TEXT,
    "remindAt" TIMESTAMPTZ(3),
    "remindedAt" TIMESTAMPTZ(3),
    "escalateAt" TIMESTAMPTZ(3),
    "escalatedAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerRouting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoutingPolicy" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "forwardWithinBusinessDays" INTEGER NOT NULL DEFAULT 2,
    "remindAfterBusinessDays" INTEGER NOT NULL DEFAULT 5,
    "escalateAfterBusinessDays" INTEGER NOT NULL DEFAULT 10,
    "linkValidDays" INTEGER NOT NULL DEFAULT 30,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RoutingPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CloudCustomer_name_key" ON "CloudCustomer"("name");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerRouting_tokenHash_key" ON "CustomerRouting"("tokenHash");

-- CreateIndex
CREATE INDEX "CustomerRouting_caseId_createdAt_idx" ON "CustomerRouting"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "CustomerRouting_customerId_sentAt_idx" ON "CustomerRouting"("customerId", "sentAt");

-- CreateIndex
CREATE INDEX "CustomerRouting_remindAt_idx" ON "CustomerRouting"("remindAt");

-- CreateIndex
CREATE INDEX "CustomerRouting_escalateAt_idx" ON "CustomerRouting"("escalateAt");

-- CreateIndex
CREATE INDEX "Case_customerId_status_idx" ON "Case"("customerId", "status");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "CloudCustomer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerRouting" ADD CONSTRAINT "CustomerRouting_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerRouting" ADD CONSTRAINT "CustomerRouting_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "CloudCustomer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
