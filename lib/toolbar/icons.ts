/**
 * The icon files in public/, drawn from public/icon.svg by `npm run icons`. The manifest,
 * the toolbar's default and the background's switched-off state all read these paths.
 */
export const ICON_SIZES = [16, 32, 48, 128] as const;

export type IconSet = Record<`${(typeof ICON_SIZES)[number]}`, string>;

function iconSet(folder: string): IconSet {
  return Object.fromEntries(ICON_SIZES.map((size) => [String(size), `/${folder}/${size}.png`])) as IconSet;
}

/** Backstory's icon: marking is on. */
export const ICON_ON = iconSet('icon');
/** The same drawing in greys: paused everywhere, or off for the tab's site. */
export const ICON_OFF = iconSet('icon-off');
