import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { themedChart } from './chart-theme.ts';
import type { ChartSeries } from './radar-chart.ts';

// Register only what a horizontal bar chart draws.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export function drawBarChart(canvas: HTMLCanvasElement, series: ChartSeries): () => void {
  return themedChart(canvas, (palette) =>
    new Chart(canvas, {
      type: 'bar',
      data: { labels: series.labels, datasets: [{ data: series.values, backgroundColor: palette.primary, borderRadius: 3 }] },
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
