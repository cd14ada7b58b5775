-- CreateIndex
CREATE INDEX "Case_dueAt_id_idx" ON "Case"("dueAt", "id");
