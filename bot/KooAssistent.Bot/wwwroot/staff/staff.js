// The staff console: plain DOM, no framework. Everything residents wrote is put in with textContent, never as
// markup, so a message can never inject script; the Content-Security-Policy allows only this file as script.
'use strict';

const api = '/staff/api';
let csrf = null;
let openTicket = null;
let events = null;
let currentUser = null;

const $ = id => document.getElementById(id);

async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['X-CSRF-TOKEN'] = csrf;
  const response = await fetch(api + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (response.status === 401 && csrf && path !== '/session') sessionEnded();
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

const roleLabel = { Medewerker: 'Medewerker', Coordinator: 'Coördinator', Beheerder: 'Beheerder' };

function signedIn(session) {
  csrf = session.csrfToken;
  currentUser = session;
  $('who').textContent = `${session.username} (${roleLabel[session.role] || session.role}${session.team ? ', ' + session.team : ''})`;
  $('sign-in').hidden = true;
  $('sign-out').hidden = false;
  $('menu').hidden = false;
  // A beheerder manages accounts and has no access to tickets.
  $('menu-work').textContent = session.role === 'Beheerder' ? 'Accounts' : 'Gesprekken';
  if (session.role === 'Beheerder') {
    loadAccounts().catch(error => { $('accounts-error').textContent = error.message; });
  } else {
    listen();
    loadTickets().catch(() => {});
  }
  show(false);
}

// The menu: the work (the queue with the open conversation, or a beheerder's accounts) or the own password, each a
// page of its own reached by its address (#gesprekken, #account), so the browser's back button works too.
function show(focus) {
  if (!currentUser) return;
  const account = window.location.hash === '#account';
  const beheerder = currentUser.role === 'Beheerder';
  $('work').hidden = account || beheerder;
  $('accounts').hidden = account || !beheerder;
  $('own-password').hidden = !account;
  for (const [id, active] of [['menu-work', !account], ['menu-account', account]]) {
    if (active) $(id).setAttribute('aria-current', 'page'); else $(id).removeAttribute('aria-current');
  }
  if (focus) $(account ? 'own-password-title' : beheerder ? 'accounts-title' : 'queue-title').focus();
}

// The server ended the session (signed out elsewhere, a new password, or a beheerder disabled the account).
function sessionEnded() {
  csrf = null;
  currentUser = null;
  openTicket = null;
  if (events) events.close();
  for (const id of ['work', 'ticket', 'accounts', 'own-password', 'sign-out', 'menu']) $(id).hidden = true;
  $('who').textContent = '';
  $('sign-in').hidden = false;
  $('sign-in-error').textContent = 'Uw sessie is beëindigd. Meld u opnieuw aan.';
  $('username').focus();
}

async function loadAccounts() {
  const accounts = await call('GET', '/accounts');
  $('accounts-error').textContent = '';
  $('account-rows').replaceChildren(...accounts.map(account => {
    const row = document.createElement('tr');
    row.append(
      element('td', account.username),
      element('td', account.displayName),
      element('td', roleLabel[account.role] || account.role),
      element('td', account.team || '–'),
      element('td', account.disabled ? 'Uitgeschakeld' : account.locked ? 'Tijdelijk geblokkeerd' : 'Actief'));
    return row;
  }));
}

async function changeOwnPassword() {
  const result = $('own-password-result');
  const show = (text, isError) => { result.textContent = text; result.className = isError ? 'error' : ''; };
  const current = $('current-password').value;
  const fresh = $('new-password').value;
  if (fresh.length < 12) { show('Het nieuwe wachtwoord moet minstens 12 tekens hebben.', true); $('new-password').focus(); return; }
  if (fresh !== $('repeat-password').value) { show('De twee nieuwe wachtwoorden zijn niet gelijk.', true); $('repeat-password').focus(); return; }
  try {
    await call('POST', '/me/password', { currentPassword: current, newPassword: fresh });
    for (const id of ['current-password', 'new-password', 'repeat-password']) $(id).value = '';
    show('Uw wachtwoord is gewijzigd. Op andere computers en telefoons moet u opnieuw aanmelden.', false);
  } catch (error) {
    if (error.status === 401) return;
    const text = { 403: 'Het huidige wachtwoord klopt niet.', 423: 'Te vaak een verkeerd wachtwoord. Probeer het later opnieuw of vraag een beheerder.' }[error.status];
    show(text || 'Het wachtwoord is niet gewijzigd. Probeer het opnieuw.', true);
    $('current-password').focus();
  }
}

async function loadTickets() {
  const status = $('status-filter').value;
  const tickets = await call('GET', '/tickets' + (status ? `?status=${encodeURIComponent(status)}` : ''));
  const body = $('tickets');
  body.replaceChildren();
  $('queue-empty').hidden = tickets.length > 0;
  for (const ticket of tickets) {
    const row = document.createElement('tr');
    const urgency = element('td', null);
    urgency.append(element('span', urgencyLabel[ticket.urgency] || ticket.urgency, `urgency-${ticket.urgency}`), element('span', ticket.number, 'number'));
    const subject = element('td', ticket.subject);
    subject.append(element('span', ticket.team, 'team'));
    const waiting = element('td', shortTime(ticket.waitingSince));
    waiting.append(element('span', statusLabel[ticket.status] || ticket.status, 'status'));
    const cell = document.createElement('td');
    const open = element('button', 'Openen');
    open.type = 'button';
    open.setAttribute('aria-label', `Gesprek openen, ${urgencyLabel[ticket.urgency] || ''} urgent, team ${ticket.team}, nummer ${ticket.number}`);
    open.addEventListener('click', () => loadTicket(ticket.id, true));
    cell.append(open);
    row.append(urgency, subject, waiting, cell);
    body.append(row);
  }
  $('queue-table').setAttribute('aria-busy', 'false');
}

function shortTime(iso) {
  return new Date(iso).toLocaleString('nl-NL', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

function summaryItem(list, term, value, className) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
  list.append(element('dt', term), element('dd', Array.isArray(value) ? value.join('\n') : value, className));
}

async function loadTicket(id, focus) {
  const ticket = await call('GET', `/tickets/${encodeURIComponent(id)}`);
  openTicket = ticket;
  $('ticket').hidden = false;
  $('ticket-title').textContent = `Gesprek ${ticket.number} – ${statusLabel[ticket.status] || ticket.status}`;
  const summary = $('summary');
  summary.replaceChildren();
  const s = ticket.summary;
  // The summary's codes in the words of knowledge/data/summary-words.yaml, put together by the server.
  const words = ticket.words;
  summaryItem(summary, 'Ticketnummer', ticket.number, 'ticket-number');
  summaryItem(summary, 'Urgentie', urgencyLabel[ticket.urgency] || ticket.urgency);
  summaryItem(summary, 'Onderwerp', words.theme);
  summaryItem(summary, 'Leefgebieden', words.domains);
  summaryItem(summary, 'Druk', words.pressure);
  summaryItem(summary, 'Waarom', words.reasons);
  summaryItem(summary, 'In eigen woorden', s.residentWords);
  summaryItem(summary, 'Herkende feiten', words.facts);
  summaryItem(summary, 'Postcode', s.postcode);
  summaryItem(summary, 'Wijk', s.wijk);
  summaryItem(summary, 'Contact', words.contact);
  summaryItem(summary, 'Telefoon', s.phone);
  summaryItem(summary, 'Voornaam', s.firstName);
  summaryItem(summary, 'Taal', words.language);
  summaryItem(summary, 'Team', ticket.team);
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
  $('erase').hidden = !(ticket.status === 'Assigned' && ticket.assignedTo === currentUser?.username) && currentUser?.role !== 'Coordinator';
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
      // A locked account gets the same answer as a wrong password, so the page cannot say more than this.
      $('sign-in-error').textContent = error.status === 429 ? 'Te veel aanmeldpogingen. Probeer het over een minuut opnieuw.' : 'Gebruikersnaam of wachtwoord klopt niet.';
    }
  });
  $('sign-out').addEventListener('click', async () => {
    const ended = await call('DELETE', '/session').catch(() => null);
    // Signed in through the identity provider: end the session there too, which then sends the browser back here.
    if (ended && ended.endSessionUrl) window.location.assign(ended.endSessionUrl);
    else window.location.reload();
  });
  $('own-password-form').addEventListener('submit', event => {
    event.preventDefault();
    changeOwnPassword();
  });
  $('status-filter').addEventListener('change', () => loadTickets().catch(() => {}));
  $('claim').addEventListener('click', () => act(() => call('POST', `/tickets/${openTicket.id}/claim`)));
  $('return').addEventListener('click', () => act(() => call('POST', `/tickets/${openTicket.id}/return`)));
  $('resolve').addEventListener('click', () => act(() => call('POST', `/tickets/${openTicket.id}/resolve`, { outcome: $('outcome').value })));
  $('erase').addEventListener('click', () => {
    // The resident asked for it (AVG art. 17); it cannot be undone, so ask once more.
    if (!window.confirm('Alles van dit gesprek wordt gewist: berichten, samenvatting en notities. De inwoner krijgt een bevestiging. Dit kan niet ongedaan worden. Doorgaan?')) return;
    const id = openTicket.id;
    act(async () => { await call('POST', `/tickets/${id}/erase`); openTicket = null; $('ticket').hidden = true; });
  });
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
  window.addEventListener('hashchange', () => show(true));
  showSignInOptions();
  call('GET', '/session').then(signedIn).catch(() => {});
});

// Why a sign-in through the identity provider was refused (the server sends the code back to this page).
const signInNotices = {
  'geen-rol': 'Je gemeenteaccount geeft geen toegang tot KooAssistent. Vraag je leidinggevende of de beheerder om toegang.',
  'geen-team': 'Je gemeenteaccount hoort nog niet bij een Buurtteam. Vraag de beheerder om je aan een Buurtteam te koppelen.',
  'uitgeschakeld': 'Je account staat uit. Vraag de beheerder om het weer aan te zetten.',
  'naam-bezet': 'Er is al een ander account met jouw naam. Vraag de beheerder om hulp.',
  'mislukt': 'Inloggen met je gemeenteaccount is niet gelukt. Probeer het opnieuw.',
};

async function showSignInOptions() {
  const params = new URLSearchParams(window.location.search);
  const code = params.get('aanmelden');
  if (code) $('sign-in-notice').textContent = signInNotices[code] || signInNotices.mislukt;
  else if (params.get('afgemeld')) $('sign-in-notice').textContent = 'Je bent afgemeld.';
  const options = await call('GET', '/sign-in-options').catch(() => ({ local: true, identityProvider: false }));
  $('sign-in-oidc').hidden = !options.identityProvider;
  $('sign-in-form').hidden = !options.local;
}
