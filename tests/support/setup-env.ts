import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Each test file gets its own DATA_DIR (secrets, uploads, mail), so nothing lands in ./data.
process.env.DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "rightsdesk-test-"));
