/* The word logic both searches load once the reader types (zoeken.js, catalogus.js).
 * Here a list of modules; in the built site these modules themselves, in this one file
 * (hooks/bundle_js.py): one request instead of thirteen. Only `export * as` lines. */
export * as words from "./wordlist.js";
export * as searching from "./search.js";
export * as typing from "./typing.js";
export * as corrections from "./corrections.js";
export * as ranking from "./ranking.js";
export * as stemming from "./stem.js";
