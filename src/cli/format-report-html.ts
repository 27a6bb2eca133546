import type { ExerciseReport } from './class-report.ts';
import { xmlText } from './safe-text.ts';

const percent = (rate: number): string => `${(100 * rate).toFixed(1)}%`;
const BAR_HEIGHT = 22;
const LABEL_WIDTH = 260;
const BAR_WIDTH = 360;

/**
 * One exercise's failure rates as horizontal bars, drawn here (no chart library, nothing
 * fetched). Colours come from CSS custom properties so the chart follows the page's light or
 * dark scheme; the numbers are written beside the bars, and the table below says the same.
 */
function failureChart(exercise: ExerciseReport): string {
  const height = exercise.checks.length * BAR_HEIGHT + 8;
  const bars = exercise.checks.map((check, i) => {
    const y = 4 + i * BAR_HEIGHT;
    const width = Math.max(check.rate > 0 ? 1 : 0, Math.round(check.rate * BAR_WIDTH));
    return (
      `<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end" class="label">${xmlText(check.id)}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${BAR_WIDTH}" height="${BAR_HEIGHT - 6}" class="track"/>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${width}" height="${BAR_HEIGHT - 6}" class="bar"/>` +
      `<text x="${LABEL_WIDTH + BAR_WIDTH + 8}" y="${y + 15}" class="value">${percent(check.rate)}</text>`
    );
  });
  const title = `Failure rate of each check of ${xmlText(exercise.exercise)}`;
  return (
    `<svg role="img" aria-label="${title}" viewBox="0 0 ${LABEL_WIDTH + BAR_WIDTH + 70} ${height}" width="100%" style="max-width:${LABEL_WIDTH + BAR_WIDTH + 70}px">` +
    `<title>${title}</title>${bars.join('')}</svg>`
  );
}

function section(exercise: ExerciseReport): string {
  const first = exercise.mostCommonFirstFailure;
  const rows = exercise.checks
    .map(
      (check) =>
        `<tr><td><code>${xmlText(check.id)}</code></td><td>${xmlText(check.name)}</td><td>${percent(check.rate)}</td><td>${check.failed}/${check.ran}</td></tr>`,
    )
    .join('');
  return `<section>
<h2>${xmlText(exercise.exercise)}</h2>
<p class="pass"><strong>${percent(exercise.passRate)}</strong> pass (${exercise.passed} of ${exercise.files} files${exercise.errors > 0 ? `; ${exercise.errors} could not be graded` : ''})</p>
${
  first
    ? `<p>Most common first failure: <code>${xmlText(first.check)}</code>, for ${first.files} file${first.files === 1 ? '' : 's'}; most often with “${xmlText(first.message)}” (${first.withMessage}).</p>`
    : '<p>Every file passes.</p>'
}
${failureChart(exercise)}
<table><thead><tr><th>check</th><th>what it verifies</th><th>fails</th><th>files</th></tr></thead><tbody>${rows}</tbody></table>
</section>`;
}

/** The class report as one self-contained HTML page: inline CSS and SVG only, readable in light and dark. */
export function formatReportHtml(exercises: readonly ExerciseReport[], generated: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Class report · Lifecycle Lab</title>
<style>
:root { --text: #1b1f24; --muted: #57606a; --background: #ffffff; --track: #e6e8eb; --bar: #c2410c; --rule: #d0d7de; }
@media (prefers-color-scheme: dark) {
  :root { --text: #e6edf3; --muted: #9da7b3; --background: #0d1117; --track: #262c36; --bar: #fb923c; --rule: #30363d; }
}
body { font: 16px/1.5 system-ui, sans-serif; color: var(--text); background: var(--background); margin: 2rem auto; max-width: 56rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; border-top: 1px solid var(--rule); padding-top: 1rem; }
.meta { color: var(--muted); }
svg text { fill: var(--text); font: 13px system-ui, sans-serif; }
svg .value { fill: var(--muted); }
svg .track { fill: var(--track); } svg .bar { fill: var(--bar); }
table { border-collapse: collapse; width: 100%; margin-top: 0.5rem; }
th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
code { font-size: 0.9em; }
</style>
</head>
<body>
<h1>Class report</h1>
<p class="meta">${exercises.reduce((sum, exercise) => sum + exercise.files, 0)} files, ${exercises.length} exercise${exercises.length === 1 ? '' : 's'}; generated ${xmlText(generated)} by <code>lifecycle-lab report</code>. A check fails when its status is fail, error or timeout; rates are over the files it ran on.</p>
${exercises.map(section).join('\n')}
</body>
</html>
`;
}
