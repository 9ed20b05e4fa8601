/** A subscription step refused or failed; the message is said to the reader as it is. */
export class SubscriptionError extends Error {}
