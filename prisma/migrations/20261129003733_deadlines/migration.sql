-- CreateEnum
CREATE TYPE "ClockStopKind" AS ENUM ('CLARIFICATION', 'IDENTITY');

-- CreateEnum
CREATE TYPE "ReminderThreshold" AS ENUM ('DUE_IN_7', 'DUE_IN_2', 'OVERDUE');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "acknowledgementDueAt" TIMESTAMPTZ(3),
ADD COLUMN     "clockPausedAt" TIMESTAMPTZ(3),
ADD COLUMN     "dueDate" CHAR(10) NOT NULL,
ADD COLUMN     "extendedAt" TIMESTAMPTZ(3),
ADD COLUMN     "extensionReason" TEXT,
ADD COLUMN     "nextReminderAt" TIMESTAMPTZ(3),
ADD COLUMN     "originalDueAt" TIMESTAMPTZ(3) NOT NULL,
ADD COLUMN     "policy" JSONB NOT NULL;

-- CreateTable
CREATE TABLE "ClockStop" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "kind" "ClockStopKind" NOT NULL,
    "fromDate" CHAR(10) NOT NULL,
    "toDate" CHAR(10),
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ClockStop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseReminder" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "threshold" "ReminderThreshold" NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeadlinePolicy" (
    "regime" "Regime" NOT NULL,
    "timeZone" TEXT NOT NULL,
    "calendar" TEXT NOT NULL,
    "rule" JSONB NOT NULL,
    "clockStops" BOOLEAN NOT NULL,
    "identityRestart" BOOLEAN NOT NULL,
    "acknowledgementBusinessDays" INTEGER,
    "source" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DeadlinePolicy_pkey" PRIMARY KEY ("regime")
);

-- CreateTable
CREATE TABLE "HolidayCalendarYear" (
    "calendar" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "holidays" TEXT[],
    "workingWeekendDays" TEXT[],
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HolidayCalendarYear_pkey" PRIMARY KEY ("calendar","year")
);

-- CreateIndex
CREATE INDEX "ClockStop_caseId_idx" ON "ClockStop"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseReminder_caseId_threshold_dueAt_key" ON "CaseReminder"("caseId", "threshold", "dueAt");

-- CreateIndex
CREATE INDEX "Case_nextReminderAt_idx" ON "Case"("nextReminderAt");

-- AddForeignKey
ALTER TABLE "ClockStop" ADD CONSTRAINT "ClockStop_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReminder" ADD CONSTRAINT "CaseReminder_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
