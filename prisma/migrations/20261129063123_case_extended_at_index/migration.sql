-- CreateIndex
CREATE INDEX "Case_extendedAt_idx" ON "Case"("extendedAt");
