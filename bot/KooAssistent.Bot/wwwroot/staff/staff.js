// The staff console: plain DOM, no framework. Everything residents wrote is put in with textContent, never as
// markup, so a message can never inject script; the Content-Security-Policy allows only this file as script.
'use strict';

const api = '/staff/api';
const baseTitle = 'KooAssistent – medewerkers';
let csrf = null;
let openTicket = null;
let events = null;
let currentUser = null;
let tickets = [];
let activeTab = null;
let knownTickets = null;
let accounts = [];
let teams = [];
let editing = null;

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
const roleLabel = { Medewerker: 'Medewerker', Coordinator: 'Coördinator', Beheerder: 'Beheerder', Redacteur: 'Redacteur' };
const channelLabel = { whatsapp: 'WhatsApp', directline: 'Web Chat' };
const callLabel = { bereikt: 'Bereikt', 'niet-bereikt': 'Niet bereikt', voicemail: 'Voicemail ingesproken' };
// Tickets of no known team wait in the queue every team shares.
const teamLabel = team => team === 'onbekend' ? 'Gedeelde wachtrij' : team;
const isOpen = ticket => ticket.status === 'Queued' || ticket.status === 'Assigned';
const sameName = (a, b) => (a || '').toLowerCase() === (b || '').toLowerCase();
const holds = ticket => ticket.status === 'Assigned' && sameName(ticket.assignedTo, currentUser?.username);

function signedIn(session) {
  // A redacteur sees figures and gaps only: the Inzicht page is their whole console.
  if (session.role === 'Redacteur' && window.location.hash !== '#account') {
    window.location.assign('inzicht.html');
    return;
  }
  csrf = session.csrfToken;
  currentUser = session;
  $('who').textContent = `${session.username} (${roleLabel[session.role] || session.role}${session.team ? ', ' + session.team : ''})`;
  $('sign-in').hidden = true;
  $('sign-out').hidden = false;
  $('menu').hidden = false;
  // A beheerder manages accounts and has no access to tickets.
  $('menu-work').textContent = session.role === 'Beheerder' ? 'Accounts' : 'Gesprekken';
  $('tab-all').hidden = session.role !== 'Coordinator';
  $('menu-insight-item').hidden = session.role === 'Medewerker';
  $('menu-work').parentElement.hidden = session.role === 'Redacteur';
  if (session.role === 'Beheerder') {
    loadAccounts().catch(error => { $('accounts-error').textContent = error.message; });
  } else if (session.role !== 'Redacteur') {
    listen();
    loadTickets().then(openLinkedTicket).catch(() => {});
    window.setInterval(updateWaitingTimes, 30_000);
  }
  show(false);
}

// The menu: the work (the inbox, or a beheerder's accounts) or the own password, each a page of its own reached by
// its address (#gesprekken, #account), so the browser's back button works too.
function show(focus) {
  if (!currentUser) return;
  const account = window.location.hash === '#account';
  const beheerder = currentUser.role === 'Beheerder';
  $('work').hidden = account || beheerder || currentUser.role === 'Redacteur';
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
  for (const id of ['work', 'accounts', 'own-password', 'sign-out', 'menu']) $(id).hidden = true;
  $('who').textContent = '';
  $('attention').replaceChildren();
  document.title = baseTitle;
  $('sign-in').hidden = false;
  $('sign-in-error').textContent = 'Je sessie is beëindigd. Meld je opnieuw aan.';
  $('username').focus();
}

// ---- The inbox list -------------------------------------------------------------------------------------------

// Which tickets each tab holds: mine (I hold them), waiting (my team and the shared queue; the server sends a
// medewerker no other team's), all open ones (coordinators).
const tabs = {
  mine: holds,
  waiting: ticket => ticket.status === 'Queued',
  all: ticket => isOpen(ticket),
};

async function loadTickets() {
  tickets = await call('GET', '/tickets');
  if (activeTab === null) activeTab = tickets.some(tabs.mine) ? 'mine' : 'waiting';
  noticeArrivals();
  renderTickets();
  $('ticket-list').setAttribute('aria-busy', 'false');
}

function renderTickets() {
  for (const [name, belongs] of Object.entries(tabs)) {
    $(`count-${name}`).textContent = String(tickets.filter(belongs).length);
    const tab = $(`tab-${name}`);
    tab.setAttribute('aria-selected', String(name === activeTab));
    tab.tabIndex = name === activeTab ? 0 : -1;
  }
  $('ticket-list').setAttribute('aria-labelledby', `tab-${activeTab}`);
  const waiting = tickets.filter(tabs.waiting).length;
  document.title = waiting > 0 ? `(${waiting}) ${baseTitle}` : baseTitle;
  const wanted = $('search').value.trim().toLowerCase().replace(/[\s-]/g, '');
  const shown = tickets.filter(tabs[activeTab]).filter(ticket => !wanted
    || ticket.number.toLowerCase().replace('-', '').includes(wanted)
    || (ticket.firstName || '').toLowerCase().includes(wanted));
  $('tickets').replaceChildren(...shown.map(ticketRow));
  $('queue-empty').hidden = shown.length > 0;
  $('queue-empty').textContent = wanted ? 'Geen gesprekken gevonden.' : 'Geen gesprekken.';
}

// A row is one button whose name is its own text (what a screen reader says is what the eye reads), led by words
// only a screen reader hears: "Gesprek openen, Hoog, …".
function ticketRow(ticket) {
  const item = element('li', null, `ticket-row urgency-${ticket.urgency}`);
  const open = element('button', null, 'open');
  open.type = 'button';
  const urgency = urgencyLabel[ticket.urgency] || ticket.urgency;
  if (openTicket && openTicket.id === ticket.id) open.setAttribute('aria-current', 'true');
  const top = element('span', null, 'row-top');
  const waiting = element('span', waitingText(ticket.waitingSince), 'waiting');
  waiting.dataset.since = ticket.waitingSince;
  top.append(element('span', `Gesprek openen, ${urgency}, `, 'visually-hidden'), channelIcon(ticket.channel), element('span', ticket.firstName || 'Inwoner', 'name'),
    element('span', ', wacht', 'visually-hidden'), waiting);
  const middle = element('span', null, 'row-middle');
  const shownUrgency = element('span', urgency, `urgency urgency-${ticket.urgency}`);
  shownUrgency.setAttribute('aria-hidden', 'true');
  middle.append(shownUrgency, element('span', teamLabel(ticket.team), 'team'), element('span', ticket.number, 'number'));
  if (ticket.status === 'Assigned' && !tabs.mine(ticket)) middle.append(element('span', `bij ${ticket.assignedTo}`, 'holder'));
  if (ticket.callBack) middle.append(element('span', 'Terugbellen', 'tag'));
  if (ticket.unread > 0) {
    const badge = element('span', String(ticket.unread), 'badge');
    badge.append(element('span', ' ongelezen', 'visually-hidden'));
    middle.append(badge);
  }
  open.append(top, middle);
  if (ticket.preview) open.append(element('span', ticket.preview, 'preview'));
  open.addEventListener('click', () => loadTicket(ticket.id, true).catch(error => { $('ticket-error').textContent = error.message; }));
  item.append(open);
  return item;
}

// The channel as a picture with its name as text alternative: a speech bubble for Web Chat, a bubble with a
// handset for WhatsApp. Drawn here, so no markup from elsewhere.
function channelIcon(channel) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', channelLabel[channel] || 'Chat');
  svg.classList.add('channel', `channel-${channel === 'whatsapp' ? 'whatsapp' : 'webchat'}`);
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = channelLabel[channel] || 'Chat';
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', channel === 'whatsapp'
    ? 'M12 2a10 10 0 0 0-8.7 14.9L2 22l5.3-1.3A10 10 0 1 0 12 2zm4.6 13.6c-.2.6-1.2 1.1-1.7 1.2-.5 0-1 .2-3.2-.7-2.7-1.1-4.4-3.8-4.5-4-.1-.2-1.1-1.4-1.1-2.7s.7-1.9.9-2.2c.2-.3.5-.3.7-.3h.5c.2 0 .4 0 .6.5l.8 2c.1.2.1.4 0 .5l-.4.6c-.1.2-.3.3-.1.6.2.3.7 1.2 1.6 1.9 1.1.9 2 1.2 2.3 1.3.3.1.4.1.6-.1l.8-1c.2-.2.4-.2.6-.1l1.9.9c.3.1.5.2.5.3.1.2.1.7-.1 1.3z'
    : 'M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6v2h2V9H7zm4 0v2h2V9h-2zm4 0v2h2V9h-2z');
  svg.append(title, path);
  return svg;
}

// How long a resident has been waiting, in words a worker reads at a glance; the list keeps it current.
function waitingText(iso) {
  const minutes = Math.max(0, Math.floor((Date.now() - new Date(iso).getTime()) / 60_000));
  if (minutes < 1) return 'net binnen';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} u ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} u`;
}

function updateWaitingTimes() {
  for (const node of document.querySelectorAll('#tickets .waiting')) node.textContent = waitingText(node.dataset.since);
  if (openTicket) showWindow(openTicket);
}

// A crisis or urgent ticket that arrives while the console is open: said aloud (role="alert") and shown in words,
// not only in colour, with a way to open it. The first load only learns what is there.
function noticeArrivals() {
  const urgent = tickets.filter(ticket => ticket.status === 'Queued' && (ticket.urgency === 'Crisis' || ticket.urgency === 'High'));
  if (knownTickets !== null) {
    const arrived = urgent.filter(ticket => !knownTickets.has(ticket.id));
    for (const ticket of arrived) raiseAlert(ticket);
    if (arrived.length > 0) chime();
  }
  knownTickets = new Set([...(knownTickets || []), ...tickets.map(ticket => ticket.id)]);
}

function raiseAlert(ticket) {
  const box = element('div', null, `alert alert-${ticket.urgency}`);
  const words = ticket.urgency === 'Crisis' ? 'Nieuw crisisgesprek' : 'Nieuw urgent gesprek';
  box.append(element('strong', `${words}:`), document.createTextNode(` ${ticket.firstName || 'Inwoner'}, ${teamLabel(ticket.team)}, nummer ${ticket.number}. `));
  const open = element('button', 'Nu openen');
  open.type = 'button';
  open.addEventListener('click', () => { box.remove(); loadTicket(ticket.id, true).catch(() => {}); });
  const close = element('button', 'Melding sluiten', 'secondary');
  close.type = 'button';
  close.addEventListener('click', () => { box.remove(); $('queue-title').focus(); });
  box.append(open, close);
  $('attention').append(box);
}

// The optional sound: two short tones made here (no sound file to fetch, nothing for the Content-Security-Policy to
// allow), only when the worker ticked the box; the choice is remembered in this browser.
const soundKey = 'kooassistent.staff.sound';
let audio = null;

function rememberSound(on) {
  try { window.localStorage.setItem(soundKey, on ? 'aan' : 'uit'); } catch { /* storage off: for this page only */ }
  if (on) wakeAudio();
}

// A browser lets a page sound only after the user did something on it; ticking the box is such a moment.
function wakeAudio() {
  if (typeof AudioContext === 'undefined') return false;
  audio = audio || new AudioContext();
  if (audio.state === 'suspended') audio.resume().catch(() => {});
  return true;
}

function chime() {
  if (!$('sound').checked || !wakeAudio()) return;
  const start = audio.currentTime;
  [880, 660].forEach((frequency, index) => {
    const at = start + index * 0.25;
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.frequency.value = frequency;
    volume.gain.setValueAtTime(0.2, at);
    volume.gain.exponentialRampToValueAtTime(0.001, at + 0.2);
    tone.connect(volume).connect(audio.destination);
    tone.start(at);
    tone.stop(at + 0.22);
  });
}

// A Teams notification links to one ticket by its number (?ticket=K4M9QXT). It opens once; the number then leaves
// the address, so a reload shows the inbox. A ticket this worker may not see (or no longer exists) is searched for
// in the list instead, which then says that there is none.
function openLinkedTicket() {
  const params = new URLSearchParams(window.location.search);
  const number = params.get('ticket');
  if (number === null) return;
  params.delete('ticket');
  const rest = params.toString();
  window.history.replaceState(null, '', window.location.pathname + (rest ? `?${rest}` : '') + window.location.hash);
  if (!/^[0-9A-Za-z-]{7,9}$/.test(number)) return;
  loadTicket(number, true).catch(() => {
    $('search').value = number;
    renderTickets();
  });
}

function selectTab(name, focus) {
  activeTab = name;
  renderTickets();
  if (focus) $(`tab-${name}`).focus();
}

// ---- One conversation ---------------------------------------------------------------------------------------------

function summaryItem(list, term, value, className) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
  list.append(element('dt', term), element('dd', Array.isArray(value) ? value.join('\n') : value, className));
}

function timeText(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString('nl-NL', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

async function loadTicket(id, focus) {
  const ticket = await call('GET', `/tickets/${encodeURIComponent(id)}`);
  const changed = !openTicket || openTicket.id !== ticket.id;
  openTicket = ticket;
  $('no-ticket').hidden = true;
  $('ticket').hidden = false;
  $('details').hidden = false;
  const name = ticket.summary.firstName || 'Inwoner';
  $('ticket-title').textContent = `${name} – ${ticket.number}`;
  const holder = ticket.status === 'Assigned' ? `, bij ${ticket.assignedTo}` : '';
  $('ticket-status').textContent = `${statusLabel[ticket.status] || ticket.status}${holder} · ${urgencyLabel[ticket.urgency] || ticket.urgency} · ${channelLabel[ticket.channel] || 'Chat'} · ${teamLabel(ticket.team)}`;
  showSummary(ticket);
  showTranscript(ticket);
  showWindow(ticket);
  showCallBack(ticket);
  const mine = holds(ticket);
  const coordinator = currentUser?.role === 'Coordinator';
  $('claim').hidden = ticket.status !== 'Queued';
  $('return').hidden = !mine;
  $('erase').hidden = !mine && !coordinator;
  $('reply-form').hidden = !mine;
  $('assign-group').hidden = !(isOpen(ticket) && (mine || coordinator));
  $('resolve').parentElement.hidden = !isOpen(ticket);
  $('note-form').hidden = false;
  if (changed) {
    residentStoppedTyping();
    $('ticket-error').textContent = '';
    $('reply').value = '';
    loadColleagues(ticket).catch(() => {});
    loadCanned(ticket).catch(() => {});
  }
  // Opening a ticket read it: its badge goes, the rest of the list stays as it is.
  const row = tickets.find(item => item.id === ticket.id);
  if (row) row.unread = 0;
  renderTickets();
  if (focus) $('ticket-title').focus();
}

function showSummary(ticket) {
  const summary = $('summary');
  summary.replaceChildren();
  const s = ticket.summary;
  // The summary's codes in the words of knowledge/data/summary-words.yaml, put together by the server.
  const words = ticket.words;
  summaryItem(summary, 'Voornaam', s.firstName || 'Niet gegeven');
  summaryItem(summary, 'Ticketnummer', ticket.number, 'ticket-number');
  summaryItem(summary, 'Urgentie', urgencyLabel[ticket.urgency] || ticket.urgency);
  summaryItem(summary, 'Onderwerp', words.theme);
  summaryItem(summary, 'Leefgebieden', words.domains);
  summaryItem(summary, 'Druk', words.pressure);
  summaryItem(summary, 'Waarom', words.reasons);
  summaryItem(summary, 'In eigen woorden', s.residentWords);
  // A language model's draft (Llm:WorkerDraft), only when one is switched on; the resident never sees it.
  summaryItem(summary, 'Concept van het taalmodel (niet gecontroleerd)', s.workerDraft, 'worker-draft');
  summaryItem(summary, 'Herkende feiten', words.facts);
  summaryItem(summary, 'Postcode', s.postcode);
  summaryItem(summary, 'Wijk', s.wijk);
  summaryItem(summary, 'Contact', words.contact);
  summaryItem(summary, 'Telefoon', s.phone);
  summaryItem(summary, 'Taal', words.language);
  summaryItem(summary, 'Team', teamLabel(ticket.team));
  summaryItem(summary, 'Behandelaar', ticket.assignedTo);
}

// Messages and private notes in one time line, each with its time and who wrote it; notes look different and say
// that the resident never sees them.
function showTranscript(ticket) {
  const lines = ticket.transcript.map(line => ({ at: line.timestamp, kind: line.author, line }));
  const notes = ticket.notes.map(note => ({ at: note.createdAt, kind: 'note', note }));
  const all = [...lines, ...notes].sort((a, b) => new Date(a.at || 0) - new Date(b.at || 0));
  const transcript = $('transcript');
  transcript.replaceChildren(...all.map(entry => {
    const item = element('li', null, `from-${entry.kind}`);
    const who = entry.kind === 'note' ? `Notitie van ${entry.note.author} (alleen voor medewerkers)`
      : entry.kind === 'resident' ? (ticket.summary.firstName || 'Inwoner')
      : entry.kind === 'worker' ? `${entry.line.name || 'Medewerker'} (medewerker)`
      : 'Digitale assistent';
    const meta = element('span', null, 'who');
    meta.append(element('span', who, 'author'), element('time', timeText(entry.at)));
    if (entry.at) meta.lastChild.setAttribute('datetime', entry.at);
    item.append(meta, document.createTextNode(entry.kind === 'note' ? entry.note.text : (entry.line.text || '')));
    return item;
  }));
}

// WhatsApp allows free messages only within 24 hours of the resident's last message: show the time left.
function showWindow(ticket) {
  const line = $('window');
  line.hidden = ticket.channel !== 'whatsapp' || !isOpen(ticket);
  if (line.hidden) return;
  const left = ticket.whatsAppWindowClosesAt ? new Date(ticket.whatsAppWindowClosesAt).getTime() - Date.now() : -1;
  if (left <= 0) {
    line.textContent = 'WhatsApp: de 24 uur na het laatste bericht van de inwoner zijn voorbij. Je kunt pas weer een bericht sturen als de inwoner schrijft.';
    line.className = 'window-closed';
    return;
  }
  const minutes = Math.floor(left / 60_000);
  line.textContent = `WhatsApp: je kunt nog ${Math.floor(minutes / 60)} u ${minutes % 60} min een bericht sturen.`;
  line.className = minutes < 120 ? 'window-closing' : '';
}

function showCallBack(ticket) {
  const box = $('call-back');
  const s = ticket.summary;
  box.hidden = !(s.contact === 'CallBack' && s.phone);
  if (box.hidden) return;
  const link = $('call-number');
  link.textContent = s.phone;
  link.setAttribute('href', 'tel:' + s.phone.replace(/[^0-9+]/g, ''));
  $('calls').replaceChildren(...ticket.calls.map(item => element('li', `${timeText(item.at)}: ${callLabel[item.outcome] || item.outcome} (${item.worker})`)));
  if (ticket.calls.length === 0) $('calls').append(element('li', 'Nog niet gebeld.'));
  $('call-form').hidden = !isOpen(ticket);
}

async function loadColleagues(ticket) {
  const select = $('assign-to');
  const colleagues = await call('GET', `/tickets/${encodeURIComponent(ticket.id)}/colleagues`);
  select.replaceChildren(...colleagues.map(colleague => {
    const option = element('option', colleague.displayName === colleague.username ? colleague.username : `${colleague.displayName} (${colleague.username})`);
    option.value = colleague.username;
    return option;
  }));
  $('assign').disabled = colleagues.length === 0;
  if (colleagues.length === 0) select.append(element('option', 'Geen collega beschikbaar'));
}

async function loadCanned(ticket) {
  const select = $('canned');
  const replies = await call('GET', `/tickets/${encodeURIComponent(ticket.id)}/canned`);
  const first = element('option', 'Kies een standaardantwoord');
  first.value = '';
  select.replaceChildren(first, ...replies.map(reply => {
    const option = element('option', reply.title);
    option.value = reply.text;
    return option;
  }));
}

// A canned reply lands in the reply box, to be read and changed before it is sent.
function insertCanned() {
  const text = $('canned').value;
  if (!text) { $('canned').focus(); return; }
  const box = $('reply');
  box.value = box.value.trim() ? `${box.value.trimEnd()}\n${text}` : text;
  box.focus();
  box.setSelectionRange(box.value.length, box.value.length);
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

// ---- Typing, both ways, where the channel carries it: Web Chat does, WhatsApp tells nobody that someone types ----

// Web Chat's own pace: a typing activity at most every 3 seconds, shown for 5 (here a little longer, for the trip).
const typingEvery = 3_000;
const typingShown = 6_000;
let typingSent = 0;
let typingTimer = null;

function workerTyping() {
  if (!openTicket || openTicket.channel !== 'directline' || !holds(openTicket) || Date.now() - typingSent < typingEvery) return;
  typingSent = Date.now();
  call('POST', `/tickets/${encodeURIComponent(openTicket.id)}/typing`).catch(() => {});
}

function residentTyping() {
  // Set once, not at every signal: a screen reader reads the line when it changes.
  const text = `${openTicket.summary.firstName || 'De inwoner'} typt…`;
  if ($('typing').textContent !== text) $('typing').textContent = text;
  window.clearTimeout(typingTimer);
  typingTimer = window.setTimeout(residentStoppedTyping, typingShown);
}

function residentStoppedTyping() {
  window.clearTimeout(typingTimer);
  $('typing').textContent = '';
}

function listen() {
  if (events) events.close();
  events = new EventSource(`${api}/events`);
  events.onmessage = message => {
    // Typing is shown, never a reason to read the ticket again (each read is audited).
    if (message.data.startsWith('typing:')) {
      if (openTicket && message.data === `typing:${openTicket.conversationId}`) residentTyping();
      return;
    }
    if (openTicket && message.data === `conversation:${openTicket.conversationId}`) residentStoppedTyping();
    const forOpen = openTicket && (message.data === 'tickets' || message.data === `conversation:${openTicket.conversationId}`);
    const reload = forOpen ? loadTicket(openTicket.id, false) : Promise.resolve();
    // The list after the open ticket, so the ticket just read shows no badge.
    reload.catch(() => {}).then(() => loadTickets()).catch(() => {});
  };
}

// ---- Accounts (beheerders) ----------------------------------------------------------------------------------------

function fillOptions(select, values, labels, empty) {
  const options = values.map(value => { const option = element('option', labels ? labels[value] || value : value); option.value = value; return option; });
  if (empty) { const none = element('option', empty); none.value = ''; options.unshift(none); }
  select.replaceChildren(...options);
}

async function loadAccounts() {
  [accounts, teams] = await Promise.all([call('GET', '/accounts'), call('GET', '/accounts/teams')]);
  $('accounts-error').textContent = '';
  for (const id of ['new-role', 'edit-role']) fillOptions($(id), ['Medewerker', 'Coordinator', 'Beheerder', 'Redacteur'], roleLabel);
  for (const id of ['new-team', 'edit-team']) fillOptions($(id), teams, null, 'Geen team');
  $('account-rows').replaceChildren(...accounts.map(account => {
    const row = document.createElement('tr');
    const actions = element('td', null, 'account-actions');
    const self = sameName(account.username, currentUser.username);
    // Each button's name starts with its visible word, then says whose account it is.
    const button = (text, handler) => {
      const node = element('button', text, 'secondary');
      node.type = 'button';
      node.setAttribute('aria-label', `${text}: ${account.username}`);
      node.addEventListener('click', handler);
      return node;
    };
    actions.append(button('Wijzigen', () => editAccount(account)), button('Nieuw wachtwoord', () => resetPassword(account)));
    if (!self) {
      actions.append(account.disabled
        ? button('Aanzetten', () => accountChange(`/accounts/${encodeURIComponent(account.username)}/enable`, 'POST', undefined, `${account.username} staat weer aan.`))
        : button('Uitzetten', () => accountChange(`/accounts/${encodeURIComponent(account.username)}/disable`, 'POST', undefined, `${account.username} staat uit en is afgemeld.`)));
    }
    row.append(
      element('td', account.username),
      element('td', account.displayName),
      element('td', roleLabel[account.role] || account.role),
      element('td', account.team || '–'),
      element('td', account.disabled ? 'Uitgeschakeld' : account.locked ? 'Tijdelijk geblokkeerd' : 'Actief'),
      actions);
    return row;
  }));
}

async function accountChange(path, method, body, done) {
  $('accounts-error').textContent = '';
  $('accounts-result').textContent = '';
  try {
    await call(method, path, body);
    $('accounts-result').textContent = done;
    await loadAccounts();
    return true;
  } catch (error) {
    $('accounts-error').textContent = error.message;
    return false;
  }
}

function editAccount(account) {
  editing = account;
  $('account-password-form').hidden = true;
  $('account-edit-form').hidden = false;
  $('account-edit-title').textContent = `Account ${account.username} wijzigen`;
  $('edit-display-name').value = account.displayName;
  $('edit-role').value = account.role;
  $('edit-team').value = account.team || '';
  $('account-edit-title').focus();
}

function resetPassword(account) {
  editing = account;
  $('account-edit-form').hidden = true;
  $('account-password-form').hidden = false;
  $('account-password-title').textContent = `Nieuw wachtwoord voor ${account.username}`;
  $('reset-password').value = '';
  $('account-password-title').focus();
}

function closeAccountForms() {
  $('account-edit-form').hidden = true;
  $('account-password-form').hidden = true;
  editing = null;
  $('accounts-title').focus();
}

// ---- Own password ------------------------------------------------------------------------------------------------

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
    show('Je wachtwoord is gewijzigd. Op andere computers en telefoons moet je opnieuw aanmelden.', false);
  } catch (error) {
    if (error.status === 401) return;
    const text = { 403: 'Het huidige wachtwoord klopt niet.', 423: 'Te vaak een verkeerd wachtwoord. Probeer het later opnieuw of vraag een beheerder.' }[error.status];
    show(text || 'Het wachtwoord is niet gewijzigd. Probeer het opnieuw.', true);
    $('current-password').focus();
  }
}

// ---- Wiring ------------------------------------------------------------------------------------------------------

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
  for (const tab of document.querySelectorAll('#tabs [role="tab"]')) {
    tab.addEventListener('click', () => selectTab(tab.dataset.tab, false));
  }
  // The tabs as a tab list: arrows move between them, Home and End go to the first and last.
  $('tabs').addEventListener('keydown', event => {
    const visible = [...document.querySelectorAll('#tabs [role="tab"]')].filter(tab => !tab.hidden).map(tab => tab.dataset.tab);
    const index = visible.indexOf(activeTab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: visible.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    selectTab(visible[(next + visible.length) % visible.length], true);
  });
  $('search').addEventListener('input', renderTickets);
  try { $('sound').checked = window.localStorage.getItem(soundKey) === 'aan'; } catch { /* storage off: sound stays off */ }
  $('sound').addEventListener('change', () => rememberSound($('sound').checked));
  $('reply').addEventListener('input', workerTyping);
  $('claim').addEventListener('click', () => act(() => call('POST', `/tickets/${openTicket.id}/claim`)));
  $('return').addEventListener('click', () => act(() => call('POST', `/tickets/${openTicket.id}/return`)));
  $('assign').addEventListener('click', () => {
    const username = $('assign-to').value;
    act(() => call('POST', `/tickets/${openTicket.id}/assign`, { username }));
  });
  $('resolve').addEventListener('click', () => act(() => call('POST', `/tickets/${openTicket.id}/resolve`, { outcome: $('outcome').value })));
  $('erase').addEventListener('click', () => {
    // The resident asked for it (AVG art. 17); it cannot be undone, so ask once more.
    if (!window.confirm('Alles van dit gesprek wordt gewist: berichten, samenvatting en notities. De inwoner krijgt een bevestiging. Dit kan niet ongedaan worden. Doorgaan?')) return;
    const id = openTicket.id;
    act(async () => {
      await call('POST', `/tickets/${id}/erase`);
      openTicket = null;
      $('ticket').hidden = true;
      $('details').hidden = true;
      $('no-ticket').hidden = false;
    });
  });
  $('canned-insert').addEventListener('click', insertCanned);
  $('reply-form').addEventListener('submit', event => {
    event.preventDefault();
    const text = $('reply').value;
    act(async () => { await call('POST', `/tickets/${openTicket.id}/messages`, { text }); $('reply').value = ''; typingSent = 0; });
  });
  $('note-form').addEventListener('submit', event => {
    event.preventDefault();
    const text = $('note').value;
    act(async () => { await call('POST', `/tickets/${openTicket.id}/notes`, { text }); $('note').value = ''; });
  });
  $('call-form').addEventListener('submit', event => {
    event.preventDefault();
    const outcome = $('call-outcome').value;
    act(() => call('POST', `/tickets/${openTicket.id}/calls`, { outcome }));
  });
  $('account-new-form').addEventListener('submit', async event => {
    event.preventDefault();
    const body = {
      username: $('new-username').value.trim(),
      displayName: $('new-display-name').value.trim(),
      role: $('new-role').value,
      team: $('new-team').value || null,
      password: $('new-account-password').value,
    };
    if (await accountChange('/accounts', 'POST', body, `Account ${body.username} is gemaakt.`)) {
      for (const id of ['new-username', 'new-display-name', 'new-account-password']) $(id).value = '';
    }
  });
  $('account-edit-form').addEventListener('submit', async event => {
    event.preventDefault();
    const body = { role: $('edit-role').value, team: $('edit-team').value || null, displayName: $('edit-display-name').value.trim() };
    if (await accountChange(`/accounts/${encodeURIComponent(editing.username)}`, 'PUT', body, `Account ${editing.username} is gewijzigd.`)) closeAccountForms();
  });
  $('account-password-form').addEventListener('submit', async event => {
    event.preventDefault();
    const body = { password: $('reset-password').value };
    if (await accountChange(`/accounts/${encodeURIComponent(editing.username)}/password`, 'POST', body, `${editing.username} heeft een nieuw wachtwoord en is afgemeld.`)) closeAccountForms();
  });
  $('account-edit-cancel').addEventListener('click', closeAccountForms);
  $('account-password-cancel').addEventListener('click', closeAccountForms);
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
