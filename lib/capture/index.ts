/** Growing the store while reading: turning a selection on a page into an entity or a fact. */
export * from './selection';
export * from './capture-query';
export * from './drafts';
