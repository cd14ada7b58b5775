-- CreateEnum
CREATE TYPE "SystemReach" AS ENUM ('MANUAL', 'WEBHOOK');

-- CreateEnum
CREATE TYPE "SystemSecretKind" AS ENUM ('WEBHOOK_SIGNING', 'API_TOKEN');

-- CreateEnum
CREATE TYPE "TaskState" AS ENUM ('OPEN', 'DONE', 'NOT_APPLICABLE', 'FAILED', 'WAIVED');

-- CreateEnum
CREATE TYPE "TaskResult" AS ENUM ('CORRECTED', 'DELETED', 'SUPPRESSED', 'STOPPED', 'NO_DATA_FOUND', 'FILES_ATTACHED');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'SENDING', 'DELIVERED', 'FAILED');

-- AlterEnum
ALTER TYPE "UploadPurpose" ADD VALUE 'TASK_RESULT';

-- AlterTable
ALTER TABLE "Upload" ADD COLUMN     "taskId" UUID;

-- CreateTable
CREATE TABLE "DataSystem" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "ownerIds" UUID[] DEFAULT ARRAY[]::UUID[],
    "ownerEmails" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "locale" "Locale" NOT NULL DEFAULT 'en',
    "dataCategories" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "requestTypes" "RequestType"[] DEFAULT ARRAY[]::"RequestType"[],
    "regimes" "Regime"[] DEFAULT ARRAY[]::"Regime"[],
    "reach" "SystemReach" NOT NULL DEFAULT 'MANUAL',
    "webhookUrl" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DataSystem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemSecret" (
    "id" UUID NOT NULL,
    "systemId" UUID NOT NULL,
    "kind" "SystemSecretKind" NOT NULL,
    "secretEncrypted" TEXT,
    "tokenHash" TEXT,
    "hint" TEXT NOT NULL,
    "retiresAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SystemSecret_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FulfilmentTask" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "systemId" UUID NOT NULL,
    "kind" "RequestType" NOT NULL,
    "state" "TaskState" NOT NULL DEFAULT 'OPEN',
    "result" "TaskResult",
    "reason" TEXT,
    "responseExcerpt" TEXT,
    "tokenHash" TEXT,
    "linkExpiresAt" TIMESTAMPTZ(3),
    "linkRevokedAt" TIMESTAMPTZ(3),
    "remindAt" TIMESTAMPTZ(3),
    "remindedAt" TIMESTAMPTZ(3),
    "escalateAt" TIMESTAMPTZ(3),
    "escalatedAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "finishedById" UUID,
    "finishedBy" TEXT,
    "finishedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FulfilmentTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL,
    "systemId" UUID NOT NULL,
    "taskId" UUID,
    "eventType" TEXT NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastStatusCode" INTEGER,
    "lastLatencyMs" INTEGER,
    "lastError" TEXT,
    "deliveredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FulfilmentPolicy" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "remindAfterBusinessDays" INTEGER NOT NULL DEFAULT 3,
    "escalateAfterBusinessDays" INTEGER NOT NULL DEFAULT 7,
    "maxFilesPerResult" INTEGER NOT NULL DEFAULT 10,
    "maxFileMegabytes" INTEGER NOT NULL DEFAULT 25,
    "maxDeliveryAttempts" INTEGER NOT NULL DEFAULT 8,
    "allowedPrivateHosts" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FulfilmentPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DataSystem_name_key" ON "DataSystem"("name");

-- CreateIndex
CREATE UNIQUE INDEX "SystemSecret_tokenHash_key" ON "SystemSecret"("tokenHash");

-- CreateIndex
CREATE INDEX "SystemSecret_systemId_kind_idx" ON "SystemSecret"("systemId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "FulfilmentTask_tokenHash_key" ON "FulfilmentTask"("tokenHash");

-- CreateIndex
CREATE INDEX "FulfilmentTask_systemId_state_idx" ON "FulfilmentTask"("systemId", "state");

-- CreateIndex
CREATE INDEX "FulfilmentTask_state_createdAt_idx" ON "FulfilmentTask"("state", "createdAt");

-- CreateIndex
CREATE INDEX "FulfilmentTask_remindAt_idx" ON "FulfilmentTask"("remindAt");

-- CreateIndex
CREATE INDEX "FulfilmentTask_escalateAt_idx" ON "FulfilmentTask"("escalateAt");

-- CreateIndex
CREATE UNIQUE INDEX "FulfilmentTask_caseId_systemId_key" ON "FulfilmentTask"("caseId", "systemId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_systemId_createdAt_idx" ON "WebhookDelivery"("systemId", "createdAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_taskId_idx" ON "WebhookDelivery"("taskId");

-- CreateIndex
CREATE INDEX "Upload_taskId_idx" ON "Upload"("taskId");

-- AddForeignKey
ALTER TABLE "Upload" ADD CONSTRAINT "Upload_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "FulfilmentTask"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemSecret" ADD CONSTRAINT "SystemSecret_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "DataSystem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FulfilmentTask" ADD CONSTRAINT "FulfilmentTask_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FulfilmentTask" ADD CONSTRAINT "FulfilmentTask_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "DataSystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "DataSystem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "FulfilmentTask"("id") ON DELETE SET NULL ON UPDATE CASCADE;
