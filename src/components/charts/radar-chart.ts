import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale } from 'chart.js';
import { themedChart, withAlpha } from './chart-theme.ts';

// Register only what a radar chart draws, so this chunk stays small.
Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);

export interface ChartSeries {
  labels: string[];
  /** 0–100, or null where nothing could be scored. */
  values: (number | null)[];
}

export function drawRadarChart(canvas: HTMLCanvasElement, series: ChartSeries): () => void {
  return themedChart(canvas, (palette) =>
    new Chart(canvas, {
      type: 'radar',
      data: {
        labels: series.labels,
        datasets: [
          {
            data: series.values,
            borderColor: palette.primary,
            backgroundColor: withAlpha(palette.primary, 0.25),
            pointBackgroundColor: palette.primary,
            fill: true,
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: true,
        scales: {
          r: {
            min: 0,
            max: 100,
            ticks: { stepSize: 25, color: palette.text, backdropColor: 'transparent' },
            grid: { color: palette.grid },
            angleLines: { color: palette.grid },
            pointLabels: { color: palette.text, font: { size: 13 } },
          },
        },
      },
    }),
  );
}
