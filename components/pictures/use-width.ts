import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * The element's width in CSS pixels, kept up to date. The pictures draw at 1 SVG unit per
 * pixel, so text stays the same size whatever the width of the editor's column.
 */
export function useWidth<T extends Element>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
