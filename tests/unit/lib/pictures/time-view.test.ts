import { describe, expect, it } from 'vitest';
import { clampView, MIN_VIEW_YEARS, panView, wholeYears, zoomView } from '@/lib/pictures';

const limits = { from: 2000, to: 2020 };

describe('the timeline’s view', () => {
  it('zooms in and out around its middle', () => {
    expect(zoomView({ from: 2010, to: 2014 }, 2, limits)).toEqual({ from: 2011, to: 2013 });
    expect(zoomView({ from: 2010, to: 2014 }, 0.5, limits)).toEqual({ from: 2008, to: 2016 });
  });

  it('stays inside the data, moving rather than shrinking at an edge', () => {
    expect(panView({ from: 2016, to: 2020 }, 0.5, limits)).toEqual({ from: 2016, to: 2020 });
    expect(zoomView({ from: 2000, to: 2004 }, 0.5, limits)).toEqual({ from: 2000, to: 2008 });
    expect(zoomView({ from: 2010, to: 2014 }, 0.01, limits)).toEqual(limits);
  });

  it('never zooms closer than half a month', () => {
    const view = clampView({ from: 2016.5, to: 2016.5001 }, limits);
    expect(view.to - view.from).toBeCloseTo(MIN_VIEW_YEARS, 9);
  });

  it('pans by a share of its width', () => {
    expect(panView({ from: 2010, to: 2012 }, -0.5, limits)).toEqual({ from: 2009, to: 2011 });
  });

  it('rounds the full extent out to whole years', () => {
    expect(wholeYears({ from: 2011.2, to: 2016.97 })).toEqual({ from: 2011, to: 2017 });
    expect(wholeYears({ from: 2016, to: 2016 })).toEqual({ from: 2016, to: 2017 });
  });
});
