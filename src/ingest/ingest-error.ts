/** A mistake in what was asked of `npm run ingest` (a missing file, a bad date): printed as it is, without a stack, and nothing is written. */
export class IngestError extends Error {}
