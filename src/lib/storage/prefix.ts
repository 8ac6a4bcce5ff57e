/** What every key the site stores starts with (./keys.ts names them all). */
export const PREFIX = 'corestride:';
