/** The version of the term index this build carries (see wxt.config.ts and build.ts). */
declare const __TERM_INDEX_VERSION__: string;
