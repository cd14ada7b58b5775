/** Made-up values the templates' samples share: no real person's data, no working link. */
export const SAMPLE_REFERENCE = "DSR-2026-000123";
export const SAMPLE_TOKEN = "sample-link-token-for-the-preview-only";
export const SAMPLE_CASE_ID = "00000000-0000-4000-8000-000000000000";
export const SAMPLE_CUSTOMER = "Example Cloud Ltd";
