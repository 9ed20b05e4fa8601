import type { DataSource } from './types';

/** Every source a record of the world pack cites, with the licence the card shows. */
export const WORLD_SOURCES: Readonly<Record<string, DataSource>> = {
  backstory: {
    // The organisations part is written for Backstory in our own words; its facts cite their own pages.
    name: 'Backstory',
    licence: 'CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  geonames: { name: 'GeoNames', licence: 'CC BY 4.0', url: 'https://www.geonames.org/' },
  'i18n-iso-countries': {
    name: 'i18n-iso-countries',
    licence: 'MIT',
    url: 'https://github.com/michaelwittig/node-i18n-iso-countries',
  },
  'i18n-nationality': {
    name: 'i18n-nationality',
    licence: 'MIT',
    url: 'https://github.com/sourcecode911/i18n-nationality',
  },
};
