// The Inzicht page: the figures of a period as charts (Chart.js, served by the bot itself) with the same figures in a
// table beside each chart, for screen readers and for copying. Everything from the server goes in as text.
'use strict';

const api = '/staff/api';
const $ = id => document.getElementById(id);
const roleLabel = { Coordinator: 'Coördinator', Beheerder: 'Beheerder', Redacteur: 'Redacteur' };
// Colours with at least 3:1 contrast against white, told apart by the legend's words as well.
const colours = ['#0b3d62', '#b35c00', '#2e7d32', '#6a1b9a', '#a30000', '#00695c', '#5d4037', '#37474f', '#ad1457'];
// Which tables get a chart, and of what kind; the gaps and the handoff measures are tables only.
const chartKinds = { 'per-dag': 'stacked', 'routes': 'bar', 'routes-per-dag': 'stacked', 'themas': 'bar', 'teams': 'bar', 'uitkomsten-per-team': 'stacked', 'wijken': 'bar', 'artikelen': 'feedback', 'uitkomsten': 'bar' };
const charts = [];

async function get(path) {
  const response = await fetch(api + path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { status: response.status });
  return response.json();
}

const isoDay = date => date.toISOString().slice(0, 10);

function element(name, text, className) {
  const node = document.createElement(name);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

// A shown group of unanswered questions links to how search reads its example (the `koo kb why` view).
function whyButton(row) {
  const button = element('button', 'Hoe leest zoeken dit?', 'why');
  button.type = 'button';
  button.setAttribute('aria-label', `Hoe leest zoeken dit? (${row.cells[0]})`);
  button.addEventListener('click', () => explain(row.cells[0]));
  return button;
}

async function explain(terms) {
  const box = $('why');
  box.hidden = false;
  $('why-question').textContent = '';
  $('why-text').textContent = 'Bezig…';
  try {
    const result = await get(`/insights/why?from=${$('from').value}&to=${$('to').value}&terms=${encodeURIComponent(terms)}`);
    $('why-question').textContent = `Voorbeeldvraag: ${result.question}`;
    $('why-text').textContent = result.explanation;
  } catch (error) {
    $('why-text').textContent = `De uitleg kon niet worden geladen (${error.message}).`;
  }
  $('why-title').focus();
}

function table(figure) {
  const wrap = element('div', undefined, 'table-wrap');
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', `Tabel: ${figure.title}`);
  const result = element('table');
  result.append(element('caption', figure.title));
  const head = element('tr');
  const gaps = figure.id === 'hiaten';
  for (const column of gaps ? [...figure.columns, 'Zoeken'] : figure.columns) {
    const th = element('th', column);
    th.scope = 'col';
    head.append(th);
  }
  result.append(element('thead'));
  result.tHead.append(head);
  const body = element('tbody');
  if (figure.rows.length === 0) {
    const row = element('tr');
    const cell = element('td', 'Geen gegevens in deze periode.');
    cell.colSpan = figure.columns.length + (gaps ? 1 : 0);
    row.append(cell);
    body.append(row);
  }
  for (const row of figure.rows) {
    const tr = element('tr', undefined, row.hidden ? 'hidden-row' : undefined);
    row.cells.forEach((cell, index) => {
      const numeric = index >= figure.labelColumns;
      const text = cell === null ? (numeric ? 'minder dan 5' : '–') : cell;
      tr.append(element('td', text, numeric ? 'number' : undefined));
    });
    if (gaps) {
      const cell = element('td');
      if (!row.hidden) cell.append(whyButton(row));
      tr.append(cell);
    }
    body.append(tr);
  }
  result.append(body);
  wrap.append(result);
  return wrap;
}

// A hidden count draws no bar: a bar of 0 would say something the table does not.
const amount = cell => (cell === null || cell === undefined ? null : Number(cell));

function chartData(figure, kind) {
  const rows = figure.rows.filter(row => !row.hidden);
  const first = figure.labelColumns;
  if (kind === 'stacked') {
    const labels = [...new Set(rows.map(row => row.cells[0]))];
    const series = [...new Set(rows.map(row => row.cells[1]))];
    return {
      labels,
      datasets: series.map((name, index) => ({
        label: name,
        backgroundColor: colours[index % colours.length],
        data: labels.map(label => amount((rows.find(row => row.cells[0] === label && row.cells[1] === name) || { cells: [] }).cells[first])),
      })),
    };
  }
  if (kind === 'feedback') {
    return {
      labels: rows.map(row => row.cells[1]),
      datasets: [
        { label: 'Geholpen (👍)', backgroundColor: colours[2], data: rows.map(row => amount(row.cells[first + 2])) },
        { label: 'Niet geholpen (👎)', backgroundColor: colours[4], data: rows.map(row => amount(row.cells[first + 3])) },
      ],
    };
  }
  return {
    labels: rows.map(row => row.cells.slice(0, first).join(' – ')),
    datasets: [{ label: figure.columns[first], backgroundColor: colours[0], data: rows.map(row => amount(row.cells[first])) }],
  };
}

function chart(figure, kind) {
  const box = element('div', undefined, 'chart');
  const canvas = element('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `Grafiek: ${figure.title}. De cijfers staan in de tabel ernaast.`);
  box.append(canvas);
  if (window.Chart) {
    const stacked = kind === 'stacked' || kind === 'feedback';
    charts.push(new window.Chart(canvas, {
      type: 'bar',
      data: chartData(figure, kind),
      options: {
        animation: false,
        maintainAspectRatio: false,
        indexAxis: kind === 'feedback' ? 'y' : 'x',
        scales: { x: { stacked, ticks: { color: '#1a1a1a' } }, y: { stacked, beginAtZero: true, ticks: { color: '#1a1a1a', precision: 0 } } },
        plugins: { legend: { display: stacked, labels: { color: '#1a1a1a' } } },
      },
    }));
  }
  return box;
}

function csvLink(figure, from, to) {
  const link = element('a', `Download als CSV: ${figure.title}`, 'csv');
  link.href = `${api}/insights/${encodeURIComponent(figure.id)}.csv?from=${from}&to=${to}`;
  link.setAttribute('download', `${figure.id}-${from}-${to}.csv`);
  return link;
}

function render(report) {
  while (charts.length) charts.pop().destroy();
  const container = $('tables');
  container.replaceChildren();
  $('summary-line').textContent = report.conversations === null
    ? `${report.from} tot en met ${report.to}: minder dan 5 gesprekken.`
    : `${report.from} tot en met ${report.to}: ${report.conversations} gesprekken.`;
  for (const figure of report.tables) {
    const kind = chartKinds[figure.id];
    const section = element('section', undefined, kind ? 'figure' : 'figure no-chart');
    section.id = `figuur-${figure.id}`;
    section.setAttribute('aria-labelledby', `titel-${figure.id}`);
    const title = element('h2', figure.title);
    title.id = `titel-${figure.id}`;
    section.append(title);
    if (kind) section.append(chart(figure, kind));
    const side = element('div');
    side.append(table(figure), csvLink(figure, report.from, report.to));
    section.append(side);
    container.append(section);
  }
}

async function load() {
  $('error').textContent = '';
  try {
    render(await get(`/insights?from=${$('from').value}&to=${$('to').value}`));
  } catch (error) {
    $('error').textContent = error.status === 403 ? 'Je rol geeft geen toegang tot Inzicht.' : `De cijfers konden niet worden geladen (${error.message}).`;
  }
}

document.addEventListener('DOMContentLoaded', async () => {
  const today = new Date();
  $('to').value = isoDay(today);
  $('from').value = isoDay(new Date(today.getTime() - 29 * 24 * 3600 * 1000));
  $('period').addEventListener('submit', event => {
    event.preventDefault();
    load();
  });
  let session;
  try {
    session = await get('/session');
  } catch {
    $('signed-out').hidden = false;
    return;
  }
  $('who').textContent = `${session.username} (${roleLabel[session.role] || session.role})`;
  $('menu-work-item').hidden = session.role === 'Redacteur';
  $('insight').hidden = false;
  await load();
});
