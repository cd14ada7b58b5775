-- CreateEnum
CREATE TYPE "UploadPurpose" AS ENUM ('EVIDENCE', 'GUARDIANSHIP_PROOF', 'AGENT_AUTHORIZATION', 'REPLY');

-- CreateEnum
CREATE TYPE "MessageAuthor" AS ENUM ('STAFF', 'REQUESTER');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "customerNameGiven" TEXT,
ADD COLUMN     "details" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "possibleDuplicateOfId" UUID,
ADD COLUMN     "relationship" "RequesterRelationship" NOT NULL DEFAULT 'SELF',
ADD COLUMN     "subjectDateOfBirthEncrypted" TEXT,
ADD COLUMN     "subjectEmail" TEXT,
ADD COLUMN     "subjectName" TEXT,
ADD COLUMN     "subjectRelationship" TEXT;

-- AlterTable
ALTER TABLE "Requester" ADD COLUMN     "phoneEncrypted" TEXT,
ADD COLUMN     "postalAddressEncrypted" TEXT,
ADD COLUMN     "region" TEXT;

-- CreateTable
CREATE TABLE "CaseVerification" (
    "caseId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "failedCodes" INTEGER NOT NULL DEFAULT 0,
    "resends" INTEGER NOT NULL DEFAULT 0,
    "verifiedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseVerification_pkey" PRIMARY KEY ("caseId")
);

-- CreateTable
CREATE TABLE "StatusLink" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Upload" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "purpose" "UploadPurpose" NOT NULL,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Upload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "CaseMessage" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "author" "MessageAuthor" NOT NULL,
    "staffId" UUID,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CaseVerification_tokenHash_key" ON "CaseVerification"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "StatusLink_tokenHash_key" ON "StatusLink"("tokenHash");

-- CreateIndex
CREATE INDEX "StatusLink_caseId_idx" ON "StatusLink"("caseId");

-- CreateIndex
CREATE INDEX "Upload_caseId_idx" ON "Upload"("caseId");

-- CreateIndex
CREATE INDEX "CaseMessage_caseId_createdAt_idx" ON "CaseMessage"("caseId", "createdAt");

-- AddForeignKey
ALTER TABLE "CaseVerification" ADD CONSTRAINT "CaseVerification_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusLink" ADD CONSTRAINT "StatusLink_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Upload" ADD CONSTRAINT "Upload_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseMessage" ADD CONSTRAINT "CaseMessage_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
