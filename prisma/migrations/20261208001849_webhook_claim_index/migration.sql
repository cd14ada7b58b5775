-- DropIndex
DROP INDEX "WebhookDelivery_status_nextAttemptAt_idx";

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_urgent_nextAttemptAt_idx" ON "WebhookDelivery"("status", "urgent" DESC, "nextAttemptAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_lockedUntil_idx" ON "WebhookDelivery"("status", "lockedUntil");
