// The card's in-page half: its host, placement, focus, notes frame and timings. Marking sees only these.
export { CardController } from './controller';
export { isEnterCardKey } from './link';
