/**
 * Rate limits of the routes residents use without an account: each address gets a few writes a minute, enough for a
 * family, too few to guess tracking codes; reads are looser.
 */
export const RESIDENT_WRITES = { max: 10, timeWindow: '1 minute' } as const;

/** Reads of a public page: a menu, a request followed by its tracking code. */
export const PUBLIC_READS = { max: 60, timeWindow: '1 minute' } as const;
