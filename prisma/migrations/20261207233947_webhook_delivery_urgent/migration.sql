-- AlterTable
ALTER TABLE "WebhookDelivery" ADD COLUMN     "urgent" BOOLEAN NOT NULL DEFAULT false;
