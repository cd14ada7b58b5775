import { z } from "zod";

// Runs in the browser before the app's code. zod compiles object parsers with `new Function` when it may;
// under the content security policy (no eval) its probe for that is refused and reported as a
// violation. Parsing the forms' small objects needs no compiled parser.
z.config({ jitless: true });
