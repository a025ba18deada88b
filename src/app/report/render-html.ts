/** Renders the clinician report model as one self-contained, printable HTML page (inline CSS and SVG charts). */

import { countOf } from '../../core/messages/labels';
import { formatMinutes } from '../../core/messages/numbers';
import type { ReportModel } from './report-model';
import { formatNumber, largestOf } from './report-stats';
import {
  describePatient,
  describeTrendStart,
  describeVerdictCount,
  EPISODE_HEADERS,
  episodeCells,
  RESPONSE_HEADERS,
  RESPONSE_NOTE,
  responseCells,
  VERDICT_HEADERS,
  verdictCells,
} from './report-text';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);

export const REPORT_STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0}h2{font-size:1.15rem;color:#2f6f9f;border-bottom:1px solid #cbd2d9;padding-bottom:.2rem;margin-top:1.6rem}
.muted{color:#5f6b7a}.alert{color:#b42318}.figures{display:grid;grid-template-columns:repeat(4,1fr);gap:.5rem}
.figure{background:#e4eef6;padding:.5rem .75rem}.figure b{display:block;font-size:1.4rem}
table{border-collapse:collapse;width:100%;font-size:.85rem}th,td{text-align:left;padding:.2rem .4rem;border-bottom:1px solid #e4e7eb}
td.n,th.n{text-align:right}tr.detail td{color:#5f6b7a;font-size:.8rem;padding-left:1.5rem}.cols{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}
svg{width:100%;height:auto}footer{margin-top:2rem;font-size:.8rem;color:#5f6b7a;border-top:1px solid #cbd2d9;padding-top:.5rem}
.print{float:right}@media print{.print{display:none}body{margin:0;max-width:none;font-size:11px}h2{break-after:avoid}tr{break-inside:avoid}
footer{position:fixed;bottom:0}@page{size:A4;margin:14mm}}`;

function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: ReadonlySet<number> = new Set(),
  details: readonly string[] = [],
): string {
  const head = headers
    .map((h, i) => `<th scope="col"${numeric.has(i) ? ' class="n"' : ''}>${escapeHtml(h)}</th>`)
    .join('');
  const body = rows
    .map(
      (row, index) =>
        `<tr>${row.map((cell, i) => `<td${numeric.has(i) ? ' class="n"' : ''}>${escapeHtml(cell)}</td>`).join('')}</tr>` +
        (details[index]
          ? `<tr class="detail"><td colspan="${row.length}">${escapeHtml(details[index])}</td></tr>`
          : ''),
    )
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function barsSvg(
  title: string,
  values: readonly { label: string; value: number | null }[],
  max?: number,
  line = false,
): string {
  const width = 720;
  const height = 140;
  const top =
    max ??
    largestOf(
      values.map((v) => v.value ?? 0),
      1,
    );
  const step = width / Math.max(1, values.length);
  const y = (value: number) => 10 + (height - 30) * (1 - value / top);
  let marks = '';
  if (line) {
    const points = values
      .map((v, i) => (v.value === null ? null : `${(i * step + step / 2).toFixed(1)},${y(v.value).toFixed(1)}`))
      .filter((p): p is string => p !== null);
    marks = `<polyline fill="none" stroke="#2f6f9f" stroke-width="2" points="${points.join(' ')}"/>`;
  } else {
    marks = values
      .map((v, i) => {
        const value = v.value ?? 0;
        if (value <= 0) return '';
        return `<rect x="${(i * step + step * 0.125).toFixed(1)}" y="${y(value).toFixed(1)}" width="${Math.max(0.8, step * 0.75).toFixed(1)}" height="${(height - 20 - y(value)).toFixed(1)}" fill="#2f6f9f"><title>${escapeHtml(v.label)}: ${value}</title></rect>`;
      })
      .join('');
  }
  const first = escapeHtml(values[0]?.label ?? '');
  const last = escapeHtml(values.at(-1)?.label ?? '');
  return `<figure><figcaption><b>${escapeHtml(title)}</b> <span class="muted">(max ${formatNumber(top)})</span></figcaption>
<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}"><line x1="0" x2="${width}" y1="${height - 20}" y2="${height - 20}" stroke="#cbd2d9"/>${marks}
<text x="0" y="${height - 4}" font-size="11" fill="#5f6b7a">${first}</text><text x="${width}" y="${height - 4}" font-size="11" fill="#5f6b7a" text-anchor="end">${last}</text></svg></figure>`;
}

/**
 * The report as printable HTML (the browser's print dialog makes the paper copy).
 * @example renderReportHtml(buildReportModel(input)).startsWith('<!doctype html>') // true
 */
export function renderReportHtml(model: ReportModel): string {
  const s = model.summary;
  const figures = [
    ['Episodes', String(s.episodes)],
    ['How often', s.frequency],
    ['Median duration', formatMinutes(s.medianDurationMinutes)],
    ['Median intensity', s.medianIntensity === null ? '–' : `${formatNumber(s.medianIntensity)}/10`],
  ]
    .map(
      ([label, value]) =>
        `<div class="figure"><b>${escapeHtml(value ?? '')}</b><span class="muted">${escapeHtml(label ?? '')}</span></div>`,
    )
    .join('');
  const latest = model.latestAssessment;
  const patient = describePatient(model);
  const trendStart = describeTrendStart(model);
  const sections = [
    `<h2>Summary</h2><div class="figures">${figures}</div>
<div class="cols"><div><h3>Body regions</h3>${table(
      ['Region', 'Episodes'],
      s.regions.map((r) => [r.label, String(r.count)]),
      new Set([1]),
    )}</div>
<div><h3>Time of day</h3>${table(
      ['When', 'Episodes'],
      s.timesOfDay.map((r) => [r.label, String(r.count)]),
      new Set([1]),
    )}</div></div>`,
    `<h2>Trends</h2>${trendStart ? `<p class="muted">${escapeHtml(trendStart)}</p>` : ''}${barsSvg(
      'Episodes per week',
      model.weekly.map((w) => ({ label: w.weekStart, value: w.episodes })),
    )}
${barsSvg(
  'Mean intensity (0–10)',
  model.weekly.map((w) => ({ label: w.weekStart, value: w.meanIntensity })),
  10,
  true,
)}`,
    `<h2>Alerts raised</h2>${
      model.alerts.length === 0
        ? '<p class="muted">No escalation alerts in this period.</p>'
        : `<ul>${model.alerts.map((a) => `<li class="alert">${escapeHtml(a.text)}<br><span class="muted">${escapeHtml(`${a.guidance} Source: ${a.source}`)}</span></li>`).join('')}</ul>`
    }`,
    `<h2>Safety assessments</h2><p class="muted">${escapeHtml(describeVerdictCount(model))}</p>${
      latest
        ? `${table(VERDICT_HEADERS, model.verdicts.map(verdictCells))}<p>${escapeHtml(`Latest: ${latest.at} · ${latest.site} · ${latest.care} · ${latest.massage}`)}</p><ul>${latest.reasons
            .map((r) => `<li>${escapeHtml(r.text)} <span class="muted">Source: ${escapeHtml(r.source)}</span></li>`)
            .join('')}</ul>`
        : ''
    }`,
    `<h2>Response to massage and self-care, by technique</h2><p class="muted">${escapeHtml(RESPONSE_NOTE)}</p>${
      model.responses.length === 0
        ? '<p class="muted">No episode or session had pain rated before and after.</p>'
        : table(RESPONSE_HEADERS, model.responses.map(responseCells), new Set([1, 2, 3, 4, 5]))
    }`,
    `<h2>Possible triggers</h2><p class="muted">Share of check-in days with an episode, with vs without each factor; relative risk with its 95% interval. Associations are not causes; below the minimum sample only counts are shown.</p>
${table(
  ['Factor', 'Episodes', 'With (episode days)', 'Without (episode days)', 'RR (95% CI)', 'Reading'],
  model.triggers.map((row) => {
    const c = row.comparison;
    return [
      row.factor,
      row.isContext ? String(row.episodesWithFactor) : '–',
      c ? `${c.episodeDaysWith}/${c.daysWith} (${percent(c.rateWith)})` : '–',
      c ? `${c.episodeDaysWithout}/${c.daysWithout} (${percent(c.rateWithout)})` : '–',
      c ? `${formatNumber(c.relativeRisk, 2)} (${formatNumber(c.ci95[0], 2)}–${formatNumber(c.ci95[1], 2)})` : '–',
      row.note,
    ];
  }),
  new Set([1, 2, 3, 4]),
)}`,
    `<h2>Medications and conditions entered</h2><p>Medications: ${escapeHtml(model.medications.join('; ') || 'none entered')}<br>Conditions: ${escapeHtml(model.conditions.join('; ') || 'none entered')}</p>`,
    `<h2>Episodes (${s.episodes})</h2>${
      model.episodesNotListed > 0
        ? `<p class="muted">The most recent ${model.episodes.length} episodes are listed; ${model.episodesNotListed} earlier ones are counted above.</p>`
        : ''
    }${table(
      EPISODE_HEADERS,
      model.episodes.map((r) => episodeCells({ ...r, pain: r.pain.replace('->', '→') })),
      new Set([2, 3]),
      model.episodes.map((r) => (r.notes ? `Notes: ${r.notes}` : '')),
    )}`,
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Knead report ${escapeHtml(model.from)} to ${escapeHtml(model.to)}</title><style>${REPORT_STYLE}</style></head>
<body><p class="print muted">Print this page for a paper copy.</p>
<h1>Muscle spasm journal: clinician report</h1>
${patient ? `<p class="patient"><b>${escapeHtml(patient)}</b></p>` : ''}
<p class="muted">Period ${escapeHtml(model.from)} to ${escapeHtml(model.to)} (${countOf(model.days, 'day')}) · generated ${escapeHtml(model.generatedAt.slice(0, 16).replace('T', ' '))} · self-recorded by the patient in Knead; times are local as recorded.</p>
${sections.join('\n')}
<footer>${escapeHtml(model.disclaimer)}</footer>
</body></html>
`;
}
