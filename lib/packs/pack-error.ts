/** A pack refused before anything was written; the message names the file, entity or field that is wrong. */
export class PackError extends Error {}
