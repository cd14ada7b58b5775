-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "anonymizedAt" TIMESTAMPTZ(3),
ADD COLUMN     "legalHold" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "RetentionPolicy" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "closedCaseDays" INTEGER NOT NULL DEFAULT 1095,
    "unverifiedDays" INTEGER NOT NULL DEFAULT 7,
    "uploadsAfterClosureDays" INTEGER NOT NULL DEFAULT 120,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RetentionPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "senderName" TEXT NOT NULL DEFAULT 'Privacy team',
    "senderEmail" TEXT,
    "supervisoryAuthority" TEXT,
    "complaintContact" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OrganizationSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailTemplateText" (
    "template" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EmailTemplateText_pkey" PRIMARY KEY ("template","locale","key")
);

-- CreateIndex
CREATE INDEX "Case_closedAt_idx" ON "Case"("closedAt");

-- CreateIndex
CREATE INDEX "Case_receivedAt_idx" ON "Case"("receivedAt");
