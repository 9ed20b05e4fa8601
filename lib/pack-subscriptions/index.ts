/**
 * Packs the reader follows by their https address: previewed and imported like a pack file,
 * checked daily with the server's validators (ETag, Last-Modified), and updated through the same
 * merge, which leaves the reader's edits alone. Runs in the background only.
 */
export { PackSubscriptions, type PackSubscriptionsOptions, type SubscriptionPreview } from './service';
export { accessPatternFor, subscriptionAddress, hostPattern, TEST_LOOPBACK_KEY } from './address';
export { checkSubscription, type CheckOutcome } from './check';
export { fetchFollowedPack, type FollowedFile } from './read-pack';
export { downloadPack, type Download } from './download';
export { SubscriptionError } from './problems';
export { scheduleChecks, onChecksAlarm, SUBSCRIPTIONS_ALARM } from './schedule';
export { readSubscriptions } from './subscription-store';
export type { CheckResult, PackSubscription, Validators } from './records';
