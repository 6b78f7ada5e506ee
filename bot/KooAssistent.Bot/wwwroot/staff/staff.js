// The staff console: plain DOM, no framework. Everything residents wrote is put in with textContent, never as
// markup, so a message can never inject script; the Content-Security-Policy allows only this file as script.
'use strict';

const api = '/staff/api';
let csrf = null;
let openTicket = null;
let events = null;

const $ = id => document.getElementById(id);

async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['X-CSRF-TOKEN'] = csrf;
  const response = await fetch(api + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const message = json && json.error ? json.error.message : `HTTP ${response.status}`;
    throw Object.assign(new Error(message), { status: response.status });
  }
  return json;
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

const urgencyLabel = { Crisis: 'Crisis', High: 'Hoog', Normal: 'Normaal' };
const statusLabel = { Queued: 'Wachtend', Assigned: 'In behandeling', Resolved: 'Afgesloten', ReturnedToBot: 'Terug bij de bot', Abandoned: 'Verlaten' };

function signedIn(session) {
  csrf = session.csrfToken;
  $('who').textContent = `${session.username} (${session.role}${session.team ? ', ' + session.team : ''})`;
  $('sign-in').hidden = true;
  $('queue').hidden = false;
  $('sign-out').hidden = false;
  listen();
  loadTickets();
}

async function loadTickets() {
  const status = $('status-filter').value;
  const tickets = await call('GET', '/tickets' + (status ? `?status=${encodeURIComponent(status)}` : ''));
  const body = $('tickets');
  body.replaceChildren();
  $('queue-empty').hidden = tickets.length > 0;
  for (const ticket of tickets) {
    const row = document.createElement('tr');
    row.append(
      element('td', urgencyLabel[ticket.urgency] || ticket.urgency, `urgency-${ticket.urgency}`),
      element('td', ticket.team),
      element('td', new Date(ticket.waitingSince).toLocaleString('nl-NL')),
      element('td', statusLabel[ticket.status] || ticket.status),
      element('td', (ticket.summary.domains || []).join(', ') || ticket.summary.theme || '–'));
    const cell = document.createElement('td');
    const open = element('button', 'Openen');
    open.type = 'button';
    open.setAttribute('aria-label', `Gesprek openen, ${urgencyLabel[ticket.urgency] || ''} urgent, team ${ticket.team}`);
    open.addEventListener('click', () => loadTicket(ticket.id, true));
    cell.append(open);
    row.append(cell);
    body.append(row);
  }
}

function summaryItem(list, term, value) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
  list.append(element('dt', term), element('dd', Array.isArray(value) ? value.join('\n') : value));
}

async function loadTicket(id, focus) {
  const ticket = await call('GET', `/tickets/${encodeURIComponent(id)}`);
  openTicket = ticket;
  $('ticket').hidden = false;
  $('ticket-title').textContent = `Gesprek – ${statusLabel[ticket.status] || ticket.status}`;
  const summary = $('summary');
  summary.replaceChildren();
  const s = ticket.summary;
  summaryItem(summary, 'Urgentie', urgencyLabel[ticket.urgency] || ticket.urgency);
  summaryItem(summary, 'Leefgebieden', s.domains);
  summaryItem(summary, 'Druk', s.pressure);
  summaryItem(summary, 'Waarom', s.reasons);
  summaryItem(summary, 'In eigen woorden', s.residentWords);
  summaryItem(summary, 'Herkende feiten', s.facts);
  summaryItem(summary, 'Postcode', s.postcode);
  summaryItem(summary, 'Wijk', s.wijk);
  summaryItem(summary, 'Contact', { Chat: 'Hier in de chat', CallBack: 'Terugbellen', WhatsApp: 'Via WhatsApp' }[s.contact] || s.contact);
  summaryItem(summary, 'Telefoon', s.phone);
  summaryItem(summary, 'Voornaam', s.firstName);
  summaryItem(summary, 'Taal', s.language);
  summaryItem(summary, 'Behandelaar', ticket.assignedTo);
  const transcript = $('transcript');
  transcript.replaceChildren();
  for (const line of ticket.transcript) {
    const item = element('li', null, line.from === 'user' ? 'from-user' : 'from-bot');
    item.append(element('span', line.from === 'user' ? 'Inwoner' : (line.name || 'Bot'), 'who'), document.createTextNode(line.text || ''));
    transcript.append(item);
  }
  const notes = $('notes');
  notes.replaceChildren(...ticket.notes.map(note => element('li', `${note.author}: ${note.text}`)));
  $('claim').hidden = ticket.status !== 'Queued';
  $('return').hidden = ticket.status !== 'Assigned';
  $('reply-form').hidden = ticket.status !== 'Assigned';
  if (focus) $('ticket-title').focus();
}

async function act(action) {
  $('ticket-error').textContent = '';
  try {
    await action();
    if (openTicket) await loadTicket(openTicket.id, false);
    await loadTickets();
  } catch (error) {
    $('ticket-error').textContent = error.message;
  }
}

function listen() {
  if (events) events.close();
  events = new EventSource(`${api}/events`);
  events.onmessage = message => {
    if (message.data === 'tickets') loadTickets().catch(() => {});
    if (openTicket && (message.data === 'tickets' || message.data === `conversation:${openTicket.conversationId}`)) loadTicket(openTicket.id, false).catch(() => {});
  };
}

document.addEventListener('DOMContentLoaded', () => {
  $('sign-in-form').addEventListener('submit', async event => {
    event.preventDefault();
    $('sign-in-error').textContent = '';
    try {
      signedIn(await call('POST', '/session', { username: $('username').value, password: $('password').value }));
      $('password').value = '';
    } catch (error) {
      $('sign-in-error').textContent = error.status === 423 ? 'Account tijdelijk geblokkeerd. Probeer het later opnieuw.' : 'Gebruikersnaam of wachtwoord klopt niet.';
    }
  });
  $('sign-out').addEventListener('click', async () => {
    await call('DELETE', '/session').catch(() => {});
    window.location.reload();
  });
  $('status-filter').addEventListener('change', () => loadTickets().catch(() => {}));
  $('claim').addEventListener('click', () => act(() => call('POST', `/tickets/${openTicket.id}/claim`)));
  $('return').addEventListener('click', () => act(() => call('POST', `/tickets/${openTicket.id}/return`)));
  $('resolve').addEventListener('click', () => act(() => call('POST', `/tickets/${openTicket.id}/resolve`, { outcome: $('outcome').value })));
  $('reply-form').addEventListener('submit', event => {
    event.preventDefault();
    const text = $('reply').value;
    act(async () => { await call('POST', `/tickets/${openTicket.id}/messages`, { text }); $('reply').value = ''; });
  });
  $('note-form').addEventListener('submit', event => {
    event.preventDefault();
    const text = $('note').value;
    act(async () => { await call('POST', `/tickets/${openTicket.id}/notes`, { text }); $('note').value = ''; });
  });
  call('GET', '/session').then(signedIn).catch(() => {});
});
