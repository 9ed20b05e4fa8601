export { describeDate, describeRange, formatDateRange, formatPartialDate, formatTimestamp } from './format';
export { comparePartialDates, isPartialDate, todayAsPartialDate, yearFraction } from './partial-date';
export { heldAt, orderAt, standingAt, type Span, type Standing } from './standing';
