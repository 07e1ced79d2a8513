import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { wrapLabel } from '../../lib/charts/wrap-label.ts';
import { themedChart } from './chart-theme.ts';
import type { ChartSeries } from './radar-chart.ts';

// Register only what a horizontal bar chart draws.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export function drawBarChart(canvas: HTMLCanvasElement, series: ChartSeries): () => void {
  // On a phone a long label would push past the canvas's left edge and be cut off: wrap it.
  const narrow = (canvas.parentElement?.clientWidth ?? Infinity) < 480;
  const labels: (string | string[])[] = narrow ? series.labels.map((label) => wrapLabel(label, 18)) : series.labels;
  return themedChart(canvas, (palette) =>
    new Chart<'bar', (number | null)[], string | string[]>(canvas, {
      type: 'bar',
      data: { labels, datasets: [{ data: series.values, backgroundColor: palette.primary, borderRadius: 3 }] },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { min: 0, max: 100, ticks: { color: palette.text }, grid: { color: palette.grid } },
          y: { ticks: { color: palette.text, autoSkip: false }, grid: { display: false } },
        },
      },
    }),
  );
}
