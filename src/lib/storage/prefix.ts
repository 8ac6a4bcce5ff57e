/** The start of every storage key the site writes (named in ./keys.ts and ./plan-keys.ts). */
export const PREFIX = 'corestride:';
