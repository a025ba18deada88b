/** Renders the clinician report model as one self-contained, printable HTML page (inline CSS and SVG charts). */

import type { Translator } from '../../core/i18n/translator';
import type { ReportModel } from './report-model';
import { largestOf } from './report-stats';
import {
  describePatient,
  describeTrendStart,
  describeVerdictCount,
  episodeCells,
  episodeHeaders,
  responseCells,
  responseHeaders,
  responseNote,
  verdictCells,
  verdictHeaders,
} from './report-text';
import { reportDay, reportNumber, SOURCE_REPORT_TRANSLATOR } from './report-words';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const percent = (t: Translator, value: number | null) =>
  value === null ? '–' : t.t('report.percent', { percent: Math.round(value * 100) });

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
  t: Translator,
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
  return `<figure><figcaption><b>${escapeHtml(title)}</b> <span class="muted">${escapeHtml(t.t('report.chart.max', { max: reportNumber(t, top) }))}</span></figcaption>
<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}"><line x1="0" x2="${width}" y1="${height - 20}" y2="${height - 20}" stroke="#cbd2d9"/>${marks}
<text x="0" y="${height - 4}" font-size="11" fill="#5f6b7a">${first}</text><text x="${width}" y="${height - 4}" font-size="11" fill="#5f6b7a" text-anchor="end">${last}</text></svg></figure>`;
}

/**
 * The report as printable HTML (the browser's print dialog makes the paper copy).
 * @example renderReportHtml(buildReportModel(input)).startsWith('<!doctype html>') // true
 */
export function renderReportHtml(model: ReportModel, t: Translator = SOURCE_REPORT_TRANSLATOR): string {
  const s = model.summary;
  const figures = [
    [t.t('report.figure.episodes'), String(s.episodes)],
    [t.t('report.figure.how-often'), s.frequency],
    [
      t.t('report.figure.median-duration'),
      s.medianDurationMinutes === null
        ? '-'
        : t.t('report.minutes', { minutes: reportNumber(t, s.medianDurationMinutes) }),
    ],
    [
      t.t('report.figure.median-intensity'),
      s.medianIntensity === null ? '–' : `${reportNumber(t, s.medianIntensity)}/10`,
    ],
  ]
    .map(
      ([label, value]) =>
        `<div class="figure"><b>${escapeHtml(value ?? '')}</b><span class="muted">${escapeHtml(label ?? '')}</span></div>`,
    )
    .join('');
  const latest = model.latestAssessment;
  const patient = describePatient(model, t);
  const trendStart = describeTrendStart(model, t);
  const h = (key: string, values?: Parameters<Translator['t']>[1]) => escapeHtml(t.t(`report.${key}`, values));
  const sections = [
    `<h2>${h('heading.summary')}</h2><div class="figures">${figures}</div>
<div class="cols"><div><h3>${h('chart.regions')}</h3>${table(
      [t.t('report.table.region'), t.t('report.table.episodes')],
      s.regions.map((r) => [r.label, String(r.count)]),
      new Set([1]),
    )}</div>
<div><h3>${h('chart.time-of-day')}</h3>${table(
      [t.t('report.table.when'), t.t('report.table.episodes')],
      s.timesOfDay.map((r) => [r.label, String(r.count)]),
      new Set([1]),
    )}</div></div>`,
    `<h2>${h('heading.trends')}</h2>${trendStart ? `<p class="muted">${escapeHtml(trendStart)}</p>` : ''}${barsSvg(
      t,
      t.t('report.chart.episodes-per-weeks', { weeks: 1 }),
      model.weekly.map((w) => ({ label: reportDay(t, w.weekStart), value: w.episodes })),
    )}
${barsSvg(
  t,
  t.t('report.chart.intensity'),
  model.weekly.map((w) => ({ label: reportDay(t, w.weekStart), value: w.meanIntensity })),
  10,
  true,
)}`,
    `<h2>${h('heading.alerts')}</h2>${
      model.alerts.length === 0
        ? `<p class="muted">${h('alerts.none')}</p>`
        : `<ul>${model.alerts.map((a) => `<li class="alert">${escapeHtml(a.text)}<br><span class="muted">${h('alerts.guidance', { guidance: a.guidance, source: a.source })}</span></li>`).join('')}</ul>`
    }`,
    `<h2>${h('heading.assessments')}</h2><p class="muted">${escapeHtml(describeVerdictCount(model, t))}</p>${
      latest
        ? `${table(verdictHeaders(t), model.verdicts.map(verdictCells))}<p>${h('latest', { at: latest.at, site: latest.site, care: latest.care, massage: latest.massage })}</p><ul>${latest.reasons
            .map(
              (r) => `<li>${escapeHtml(r.text)} <span class="muted">${h('source', { source: r.source })}</span></li>`,
            )
            .join('')}</ul>`
        : ''
    }`,
    `<h2>${h('heading.responses')}</h2><p class="muted">${escapeHtml(responseNote(t))}</p>${
      model.responses.length === 0
        ? `<p class="muted">${h('responses.none')}</p>`
        : table(
            responseHeaders(t),
            model.responses.map((row) => responseCells(row, t)),
            new Set([1, 2, 3, 4, 5]),
          )
    }`,
    `<h2>${h('heading.triggers')}</h2><p class="muted">${h('triggers.note-html')}</p>
${table(
  [
    t.t('report.trigger.header.factor'),
    t.t('report.trigger.header.episodes'),
    t.t('report.trigger.header.with-html'),
    t.t('report.trigger.header.without-html'),
    t.t('report.trigger.header.rr'),
    t.t('report.trigger.header.reading'),
  ],
  model.triggers.map((row) => {
    const c = row.comparison;
    return [
      row.factor,
      row.isContext ? String(row.episodesWithFactor) : '–',
      c ? `${c.episodeDaysWith}/${c.daysWith} (${percent(t, c.rateWith)})` : '–',
      c ? `${c.episodeDaysWithout}/${c.daysWithout} (${percent(t, c.rateWithout)})` : '–',
      c
        ? `${reportNumber(t, c.relativeRisk, 2)} (${reportNumber(t, c.ci95[0], 2)}–${reportNumber(t, c.ci95[1], 2)})`
        : '–',
      row.note,
    ];
  }),
  new Set([1, 2, 3, 4]),
)}`,
    `<h2>${h('heading.history')}</h2><p>${h('history.medications', { list: model.medications.join('; ') || t.t('report.history.none') })}<br>${h('history.conditions', { list: model.conditions.join('; ') || t.t('report.history.none') })}</p>`,
    `<h2>${h('heading.episodes', { count: s.episodes })}</h2>${
      model.episodesNotListed > 0
        ? `<p class="muted">${h('episodes.not-listed-html', { listed: model.episodes.length, earlier: model.episodesNotListed })}</p>`
        : ''
    }${table(
      episodeHeaders(t),
      model.episodes.map((r) => episodeCells({ ...r, pain: r.pain.replace('->', '→') })),
      new Set([2, 3]),
      model.episodes.map((r) => (r.notes ? t.t('report.notes', { notes: r.notes }) : '')),
    )}`,
  ];
  const from = reportDay(t, model.from);
  const to = reportDay(t, model.to);
  const generated =
    t.locale === 'en-GB' || t.locale === 'en-XA'
      ? model.generatedAt.slice(0, 16).replace('T', ' ')
      : t.date(Date.parse(model.generatedAt), { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' });
  return `<!doctype html>
<html lang="${escapeHtml(t.locale === 'en-GB' ? 'en' : t.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h('document-title', { from, to })}</title><style>${REPORT_STYLE}</style></head>
<body><p class="print muted">${h('print')}</p>
<h1>${h('title')}</h1>
${patient ? `<p class="patient"><b>${escapeHtml(patient)}</b></p>` : ''}
<p class="muted">${h('period-html', { from, to, days: model.days, generated })}</p>
${sections.join('\n')}
<footer>${escapeHtml(model.disclaimer)}</footer>
</body></html>
`;
}
