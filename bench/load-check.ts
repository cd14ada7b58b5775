// npm run test:load: 500 submissions from 50 concurrent clients against the production build on the
// embedded database. Passes only if every one is accepted, stored exactly once, and its verification
// email delivered exactly once to a real SMTP capture.
import { parseArgs } from "node:util";
import { benchIntake } from "./intake";

const { values } = parseArgs({
  options: { submissions: { type: "string", default: "500" }, concurrency: { type: "string", default: "50" } },
});
const submissions = Number(values.submissions);
const { load } = await benchIntake({
  submissions,
  concurrency: Number(values.concurrency),
  duration: 0,
  benchmark: false,
});
console.log(JSON.stringify(load));
const ok =
  load.accepted === submissions &&
  load.failed === 0 &&
  load.casesStored === submissions &&
  load.verificationEmailsDelivered === submissions;
console.log(`Load: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
process.exit(ok ? 0 : 1);
