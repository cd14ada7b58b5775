// npm run db:seed: creates the demo administrator when there is no staff account yet.
import { env } from "@/lib/config/env";
import { databaseTarget } from "@/lib/db/adapter";
import { connect } from "@/lib/db/client";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { ensureDemoAdmin } from "@/lib/server/users/ensure-demo-admin";

const config = env();
const connection = connect(databaseTarget(config.DATABASE_URL, config.dataDir));
try {
  const policies = await ensureDeadlinePolicies(connection.prisma);
  if (policies > 0) console.log(`Seeded ${policies} default deadline policies.`);
  const admin = await ensureDemoAdmin(connection.prisma, { password: process.env.SEED_ADMIN_PASSWORD });
  if (admin.created) {
    console.log(`Demo staff account created:\n  email:    ${admin.email}\n  password: ${admin.password}`);
  } else {
    console.log("Staff accounts already exist: nothing seeded.");
  }
} finally {
  await connection.prisma.$disconnect();
  await connection.adapter.close();
}
