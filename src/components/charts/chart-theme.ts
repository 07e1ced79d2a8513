/** Chart colours come from the page's theme tokens, so charts follow the theme and the brand. */
export interface ChartPalette {
  primary: string;
  accent: string;
  text: string;
  /** Secondary text; strong enough for lines that must be seen, such as a radar's web. */
  muted: string;
  grid: string;
}

export function readPalette(element: Element = document.documentElement): ChartPalette {
  const style = getComputedStyle(element);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    primary: token('--primary', '#0b5cad'),
    accent: token('--accent', '#b4420a'),
    text: token('--fg', '#1a1d23'),
    muted: token('--fg-muted', '#4b5361'),
    grid: token('--border', '#c9d0da'),
  };
}

/** Redraws when the theme changes or the page is printed (print always uses the light tokens). */
export function followTheme(redraw: () => void): () => void {
  const observer = new MutationObserver(redraw);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const print = matchMedia('print');
  print.addEventListener('change', redraw);
  addEventListener('beforeprint', redraw);
  addEventListener('afterprint', redraw);
  return () => {
    observer.disconnect();
    print.removeEventListener('change', redraw);
    removeEventListener('beforeprint', redraw);
    removeEventListener('afterprint', redraw);
  };
}

/** The colour with transparency added; the canvas itself normalises any CSS colour to hex first. */
export function withAlpha(color: string, alpha: number): string {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return color;
  context.fillStyle = color;
  const normalised = context.fillStyle;
  if (!normalised.startsWith('#')) return color;
  return `${normalised}${Math.round(alpha * 255).toString(16).padStart(2, '0')}`;
}

/**
 * Draws a chart with the page's current palette and redraws it whenever the theme changes
 * or the page prints. Returns a function that removes the chart and stops following.
 */
export function themedChart(canvas: HTMLCanvasElement, create: (palette: ChartPalette) => { destroy(): void }): () => void {
  let chart = create(readPalette(canvas));
  const stop = followTheme(() => {
    chart.destroy();
    chart = create(readPalette(canvas));
  });
  return () => {
    stop();
    chart.destroy();
  };
}
