import { z } from "zod";

/*
 * The pane's Content-Security-Policy allows no eval, so zod could not compile its parsers
 * here anyway; saying so up front skips its `new Function` probe, which the browser would
 * report as a CSP violation. index.tsx imports this first: zod reads the setting as each
 * schema is built, when the domain's modules load.
 */
z.config({ jitless: true });
