// Runs once when a Next.js server starts. On the Node.js runtime it refuses to serve a database with
// pending migrations and starts the outbox worker in this process (WORKER_IN_SERVER=false turns it off
// when workers run separately with `npm run worker`).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    const { startServerJobs } = await import("./lib/jobs/server-jobs");
    await startServerJobs();
  } catch (error) {
    // A bad configuration or an unreachable database at start: say why and stop, rather than serve errors.
    console.error(`Rightsdesk cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
