import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { themedChart, withAlpha, type ChartPalette } from './chart-theme.ts';

// Register only what a bar chart draws; the legend is HTML beside the chart, not a plugin.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** The colour families the team view draws with; each is derived from the theme's tokens. */
export type BarTone = 'team' | 'leader' | 'manager' | 'front-line' | 'gap';

export interface BarSeries {
  label: string;
  tone: BarTone;
  /** One per category; null draws no bar (a hidden or missing figure). */
  values: (number | null)[];
}

export interface GroupedBars {
  labels: string[];
  series: BarSeries[];
  min: number;
  max: number;
  /** Bars run across (categories down the side): long labels stay readable. */
  horizontal?: boolean;
}

/** A tone's colour; a gap bar takes the primary colour when leaders are higher and the accent when the front line is. */
export function toneColour(tone: BarTone, palette: ChartPalette, value = 0): string {
  switch (tone) {
    case 'team':
      return withAlpha(palette.text, 0.55);
    case 'leader':
      return palette.primary;
    case 'manager':
      return withAlpha(palette.primary, 0.45);
    case 'front-line':
      return palette.accent;
    case 'gap':
      return value >= 0 ? palette.primary : palette.accent;
  }
}

/** Wraps a long category label onto lines of about `width` characters. */
function wrapped(label: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function drawGroupedBarChart(canvas: HTMLCanvasElement, bars: GroupedBars): () => void {
  return themedChart(canvas, (palette) => {
    // Side labels wrap to fit a narrow screen, and each bar group gets the height its label needs.
    const box = canvas.parentElement;
    const labels = bars.labels.map((label) => (bars.horizontal ? wrapped(label, (box?.clientWidth ?? 800) < 560 ? 22 : 50) : [label]));
    if (bars.horizontal && box) {
      const lines = Math.max(...labels.map((label) => label.length));
      const perCategory = Math.max(bars.series.length * 12 + 16, lines * 14 + 10);
      box.style.height = `${Math.max(180, bars.labels.length * perCategory + 60)}px`;
    }
    const valueAxis = { min: bars.min, max: bars.max, ticks: { color: palette.text }, grid: { color: palette.grid } };
    const categoryAxis = { ticks: { color: palette.text, autoSkip: false }, grid: { display: false } };
    return new Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels.map((lines) => (lines.length === 1 ? lines[0]! : lines)),
        datasets: bars.series.map((series) => ({
          label: series.label,
          data: series.values,
          backgroundColor: series.values.map((value) => toneColour(series.tone, palette, value ?? 0)),
          borderRadius: 2,
        })),
      },
      options: {
        indexAxis: bars.horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: bars.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      },
    });
  });
}
