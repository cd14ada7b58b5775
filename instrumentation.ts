// Runs once when a Next.js server starts. On the Node.js runtime it refuses to serve a database with
// pending migrations and starts the outbox worker and the periodic sweeps in this process
// (WORKER_IN_SERVER=false turns them off when workers run separately with `npm run worker`).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerJobs } = await import("./lib/jobs/server-jobs");
  await startServerJobs();
}
