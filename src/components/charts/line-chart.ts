import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import { themedChart } from './chart-theme.ts';

// Register only what a line chart draws, so this chunk stays small.
Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale);

export interface LineSeries {
  /** One label per point, oldest first (the dates results were taken). */
  labels: string[];
  /** 0–100, or null where nothing could be scored (a gap in the line). */
  values: (number | null)[];
}

/** A small score-over-time line on a 0–100 axis; returns a function that removes it. */
export function drawLineChart(canvas: HTMLCanvasElement, series: LineSeries): () => void {
  return themedChart(canvas, (palette) =>
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: series.labels,
        datasets: [{ data: series.values, borderColor: palette.primary, backgroundColor: palette.primary, pointRadius: 3, borderWidth: 2, spanGaps: false }],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          y: { min: 0, max: 100, ticks: { stepSize: 25, color: palette.text }, grid: { color: palette.grid } },
          x: { ticks: { color: palette.text, maxRotation: 0, autoSkip: true, maxTicksLimit: 4 }, grid: { display: false } },
        },
      },
    }),
  );
}
