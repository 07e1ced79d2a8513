import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale } from 'chart.js';
import { themedChart, withAlpha } from './chart-theme.ts';
import { wrapLabel } from '../../lib/charts/wrap-label.ts';

// Register only what a radar chart draws, so this chunk stays small.
Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);

export interface ChartSeries {
  labels: string[];
  /** 0–100, or null where nothing could be scored. */
  values: (number | null)[];
}

/** `unscored` names a spoke with no score, in the page's language. */
export function drawRadarChart(canvas: HTMLCanvasElement, series: ChartSeries, unscored: string): () => void {
  // Each spoke is named with its score, outside the web, so no figure sits on the data; the
  // scale's own figures would lie on the first spoke, over its point, and are left out.
  const narrow = () => canvas.parentElement !== null && canvas.parentElement.clientWidth < 420;
  // Long names (the core check's six themes) wrap rather than run off the canvas's edge.
  const width = 12;
  const spokeLabels = series.labels.map((label, i) => [...wrapLabel(label, width), series.values[i] === null || series.values[i] === undefined ? unscored : String(Math.round(series.values[i]!))]);
  return themedChart(canvas, (palette) => {
    // The web in the muted text colour, half strength: the border colour alone vanishes on the dark theme.
    const web = withAlpha(palette.muted, 0.5);
    return new Chart(canvas, {
      type: 'radar',
      data: {
        labels: spokeLabels,
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
        layout: { padding: 4 },
        scales: {
          r: {
            min: 0,
            max: 100,
            ticks: { stepSize: 25, display: false },
            grid: { color: web },
            angleLines: { color: web },
            pointLabels: { color: palette.text, padding: 6, font: () => ({ size: narrow() ? 12 : 13 }) },
          },
        },
      },
    });
  });
}
