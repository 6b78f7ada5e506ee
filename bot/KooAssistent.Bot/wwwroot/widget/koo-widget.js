/*!
 * KooAssistent chat widget. Embed on any page with ONE tag:
 *   <script src="https://BOT-HOST/widget/koo-widget.js" defer></script>
 * The page's Content-Security-Policy must allow BOT-HOST in script-src, style-src and connect-src (http(s) and
 * ws(s)). A nonce on this script tag is passed on to everything the widget adds to the page.
 * Plain ES2019, no build step.
 */
(function () {
  'use strict';

  var KOO_PHONE = '073 206 88 88';

  var TEXT = {
    launcher: 'Chat met Koo',
    title: 'Chat met Koo',
    close: 'Chat sluiten',
    disclosure: 'Je chat met een digitale assistent, niet met een mens.',
    loading: 'De chat wordt geladen…',
    unavailable: 'De chat is nu niet bereikbaar. Bel Koo: ' + KOO_PHONE + '.',
    retry: 'Opnieuw proberen'
  };

  var STORAGE_KEY = 'kooassistent.widget.v1';
  // DirectLineJS refreshes its own copy every 15 minutes; the copy kept for the next page load must outlive a
  // 30-minute token too, so it is refreshed a little more often.
  var TOKEN_REFRESH_MS = 10 * 60 * 1000;
  var BRAND_RED = '#B3000C';
  var ID_PREFIX = 'koo-widget-';
  // DirectLineJS ConnectionStatus values.
  var ONLINE = 2;
  var FAILED_TO_CONNECT = 4;
  var ENDED = 5;

  var script = document.currentScript || document.querySelector('script[src*="/widget/koo-widget.js"]');
  if (!script || window.KooAssistentWidget) {
    return;
  }

  // The widget runs on municipal sites; everything it calls lives beside this script on the bot's host.
  var base = new URL('..', script.src).href.replace(/\/+$/, '');
  var nonce = script.nonce || script.getAttribute('nonce') || undefined;

  var state = readState();
  var ui = null;
  var chatStarting = null;
  var refreshTimer = null;
  var activeDirectLine = null;
  var webChatLoading = null;

  window.KooAssistentWidget = { version: 1 };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }

  function init() {
    ui = buildUi();
    if (state.open) {
      openPanel(false);
    } else if (state.conversation) {
      // A conversation from an earlier page load: reconnect now, so it is there when the panel opens.
      ensureChat();
    }
  }

  // ---- state that survives a page load (per tab) ----

  function readState() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
      if (saved && saved.base === base) {
        return saved;
      }
    } catch (error) {
      // Storage can be switched off or full; the widget then simply forgets between pages.
    }
    return { base: base, open: false, conversation: null };
  }

  function saveState() {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch (error) {
      // See readState.
    }
  }

  function rememberConversation(conversationId, token) {
    state.conversation = { id: conversationId, token: token };
    saveState();
  }

  function forgetConversation() {
    state.conversation = null;
    saveState();
  }

  // ---- the page elements ----

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function chatIcon() {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '24');
    svg.setAttribute('height', '24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('fill', 'currentColor');
    path.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01z');
    svg.appendChild(path);
    return svg;
  }

  function buildUi() {
    var root = el('div', 'koo-widget');
    // Hidden until its stylesheet is there, so the page never shows an unstyled button.
    root.hidden = true;

    var stylesheet = document.createElement('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = base + '/widget/koo-widget.css';
    if (nonce) {
      stylesheet.nonce = nonce;
    }
    stylesheet.addEventListener('load', function () { root.hidden = false; });
    stylesheet.addEventListener('error', function () { root.hidden = false; });
    document.head.appendChild(stylesheet);

    var panelId = ID_PREFIX + 'panel';
    var titleId = ID_PREFIX + 'title';
    var disclosureId = ID_PREFIX + 'disclosure';

    var launcher = el('button', 'koo-widget__launcher');
    launcher.type = 'button';
    launcher.setAttribute('aria-expanded', 'false');
    launcher.setAttribute('aria-controls', panelId);
    launcher.appendChild(chatIcon());
    launcher.appendChild(el('span', 'koo-widget__launcher-text', TEXT.launcher));

    var panel = el('section', 'koo-widget__panel');
    panel.id = panelId;
    panel.hidden = true;
    panel.tabIndex = -1;
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'false');
    panel.setAttribute('aria-labelledby', titleId);
    panel.setAttribute('aria-describedby', disclosureId);

    var header = el('div', 'koo-widget__header');
    var title = el('h2', 'koo-widget__title', TEXT.title);
    title.id = titleId;
    var close = el('button', 'koo-widget__close');
    close.type = 'button';
    close.setAttribute('aria-label', TEXT.close);
    var cross = el('span', null, '\u00D7');
    cross.setAttribute('aria-hidden', 'true');
    close.appendChild(cross);
    header.appendChild(title);
    header.appendChild(close);

    var disclosure = el('p', 'koo-widget__disclosure', TEXT.disclosure);
    disclosure.id = disclosureId;

    var status = el('div', 'koo-widget__status');
    status.setAttribute('role', 'status');
    status.hidden = true;

    var chat = el('div', 'koo-widget__chat');

    panel.appendChild(header);
    panel.appendChild(disclosure);
    panel.appendChild(status);
    panel.appendChild(chat);
    root.appendChild(panel);
    root.appendChild(launcher);
    document.body.appendChild(root);

    launcher.addEventListener('click', function () {
      if (panel.hidden) {
        openPanel(true);
      } else {
        closePanel(true);
      }
    });
    close.addEventListener('click', function () { closePanel(true); });
    panel.addEventListener('keydown', function (event) {
      // Web Chat uses Escape itself inside the transcript and marks it handled; only an unhandled one closes.
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        closePanel(true);
      }
    });

    return { root: root, launcher: launcher, panel: panel, status: status, chat: chat };
  }

  function openPanel(moveFocus) {
    ui.panel.hidden = false;
    ui.launcher.setAttribute('aria-expanded', 'true');
    ui.root.classList.add('koo-widget--open');
    state.open = true;
    saveState();
    if (moveFocus) {
      focusIntoPanel();
    }
    ensureChat();
  }

  function closePanel(returnFocus) {
    ui.panel.hidden = true;
    ui.launcher.setAttribute('aria-expanded', 'false');
    ui.root.classList.remove('koo-widget--open');
    state.open = false;
    saveState();
    if (returnFocus) {
      ui.launcher.focus();
    }
  }

  function sendBox() {
    return ui.chat.querySelector('.webchat__send-box-text-box__input, [data-id="webchat-sendbox-input"]');
  }

  // Focus goes to the message box; until Web Chat has drawn it, to the panel itself (which is labelled), and on
  // to the message box once it appears, unless the resident has moved on in the meantime.
  function focusIntoPanel() {
    var input = sendBox();
    if (input) {
      input.focus();
      return;
    }
    ui.panel.focus();
    var observer = new MutationObserver(function () {
      var appeared = sendBox();
      if (!appeared) {
        return;
      }
      observer.disconnect();
      if (!ui.panel.hidden && document.activeElement === ui.panel) {
        appeared.focus();
      }
    });
    observer.observe(ui.chat, { childList: true, subtree: true });
  }

  function showStatus(text, withRetry) {
    var status = ui.status;
    status.textContent = '';
    if (!text) {
      status.hidden = true;
      return;
    }
    status.appendChild(el('p', 'koo-widget__status-text', text));
    if (withRetry) {
      var retry = el('button', 'koo-widget__retry', TEXT.retry);
      retry.type = 'button';
      retry.addEventListener('click', function () {
        ensureChat();
        ui.panel.focus();
      });
      status.appendChild(retry);
    }
    status.classList.toggle('koo-widget__status--error', !!withRetry);
    status.hidden = false;
  }

  // ---- talking to the bot ----

  function ensureChat() {
    if (!chatStarting) {
      showStatus(TEXT.loading, false);
      chatStarting = startChat(true).catch(function () {
        chatStarting = null;
        showStatus(TEXT.unavailable, true);
      });
    }
    return chatStarting;
  }

  function loadWebChat() {
    if (window.WebChat && window.WebChat.renderWebChat) {
      return Promise.resolve(window.WebChat);
    }
    if (!webChatLoading) {
      webChatLoading = new Promise(function (resolve, reject) {
        var tag = document.createElement('script');
        tag.src = base + '/widget/webchat.js';
        tag.async = true;
        if (nonce) {
          tag.nonce = nonce;
        }
        tag.addEventListener('load', function () {
          if (window.WebChat && window.WebChat.renderWebChat) {
            resolve(window.WebChat);
          } else {
            reject(new Error('Web Chat did not load.'));
          }
        });
        tag.addEventListener('error', function () { reject(new Error('Web Chat did not load.')); });
        document.head.appendChild(tag);
      }).catch(function (error) {
        webChatLoading = null;
        throw error;
      });
    }
    return webChatLoading;
  }

  function postJson(path, token) {
    var headers = {};
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }
    return fetch(base + path, { method: 'POST', headers: headers, credentials: 'omit', cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('The bot answered ' + response.status + ' to ' + path + '.');
        }
        return response.json();
      });
  }

  function newToken() {
    return postJson('/api/webchat/token').then(function (body) {
      if (!body || !body.token || !body.conversationId) {
        throw new Error('The token response is incomplete.');
      }
      return body;
    });
  }

  function refreshToken(token) {
    return postJson('/v3/directline/tokens/refresh', token).then(function (body) {
      if (!body || !body.token) {
        throw new Error('The refresh response is incomplete.');
      }
      return body;
    });
  }

  async function startChat(mayResume) {
    var webChat = await loadWebChat();
    var saved = mayResume ? state.conversation : null;
    var conversationId = null;
    var token = null;
    var resuming = false;

    if (saved) {
      try {
        var fresh = await refreshToken(saved.token);
        if (!fresh.conversationId || fresh.conversationId === saved.id) {
          conversationId = saved.id;
          token = fresh.token;
          resuming = true;
          rememberConversation(conversationId, token);
        }
      } catch (error) {
        // Expired (403), unknown (404) or unreachable: the old conversation cannot be picked up again.
      }
      if (!resuming) {
        forgetConversation();
      }
    }

    if (!resuming) {
      var issued = await newToken();
      conversationId = issued.conversationId;
      token = issued.token;
    }

    var options = { domain: base + '/v3/directline', token: token, webSocket: true, conversationStartProperties: { locale: 'nl-NL' } };
    if (resuming) {
      // No watermark: the server replays the whole conversation, so the history reappears after a reload.
      options.conversationId = conversationId;
    }
    var directLine = webChat.createDirectLine(options);
    watchConnection(directLine, conversationId, token, resuming);
    render(webChat, directLine);
    startTokenRefresh();
  }

  function watchConnection(directLine, conversationId, token, resuming) {
    var wasOnline = false;
    var subscription = directLine.connectionStatus$.subscribe(function (status) {
      if (status === ONLINE && !wasOnline) {
        wasOnline = true;
        // Remembered only once the server has the conversation, so a reload never points at one that never started.
        if (!resuming) {
          rememberConversation(directLine.conversationId || conversationId, token);
        }
        showStatus(null);
      } else if ((status === FAILED_TO_CONNECT || status === ENDED) && !wasOnline) {
        if (subscription) {
          subscription.unsubscribe();
        }
        if (resuming) {
          // The server no longer knows the conversation: start a fresh one instead of showing a dead chat.
          forgetConversation();
          restart();
        } else {
          stop(directLine);
          chatStarting = null;
          showStatus(TEXT.unavailable, true);
        }
      }
    });
  }

  function restart() {
    stop(activeDirectLine);
    chatStarting = startChat(false).catch(function () {
      chatStarting = null;
      showStatus(TEXT.unavailable, true);
    });
  }

  function stop(directLine) {
    if (directLine && directLine === activeDirectLine) {
      activeDirectLine = null;
    }
    if (directLine && typeof directLine.end === 'function') {
      try {
        directLine.end();
      } catch (error) {
        // Already ended.
      }
    }
  }

  function render(webChat, directLine) {
    activeDirectLine = directLine;
    // A new host element for every start: React cannot take over a container another root still owns.
    var host = el('div', 'koo-widget__webchat');
    ui.chat.textContent = '';
    ui.chat.appendChild(host);
    webChat.renderWebChat(
      {
        directLine: directLine,
        locale: 'nl-NL',
        nonce: nonce,
        // While a worker of the Buurtteam has the conversation, their console shows that the resident is typing; the
        // bot stores none of it and passes it on only then (no text, at most one every 3 seconds).
        sendTypingIndicator: true,
        styleOptions: styleOptions()
      },
      host
    );
    if (!ui.panel.hidden && document.activeElement === ui.panel) {
      focusIntoPanel();
    }
  }

  function styleOptions() {
    return {
      accent: BRAND_RED,
      primaryFont: 'inherit',
      rootHeight: '100%',
      backgroundColor: '#FFFFFF',
      bubbleBackground: '#F2F2F2',
      bubbleBorderColor: '#D0D0D0',
      bubbleBorderRadius: 8,
      bubbleTextColor: '#1A1A1A',
      bubbleFromUserBackground: BRAND_RED,
      bubbleFromUserBorderColor: BRAND_RED,
      bubbleFromUserBorderRadius: 8,
      bubbleFromUserTextColor: '#FFFFFF',
      sendBoxButtonColor: '#595959',
      sendBoxButtonColorOnHover: BRAND_RED,
      sendBoxButtonColorOnFocus: BRAND_RED,
      sendBoxTextColor: '#1A1A1A',
      sendBoxPlaceholderColor: '#595959',
      subtle: '#595959',
      timestampColor: '#595959',
      // Files are not accepted (they would hold BSNs and bank details); the bot explains this if one arrives anyway.
      hideUploadButton: true
    };
  }

  function startTokenRefresh() {
    if (refreshTimer) {
      return;
    }
    refreshTimer = window.setInterval(function () {
      var saved = state.conversation;
      if (!saved) {
        return;
      }
      refreshToken(saved.token).then(function (fresh) {
        if (state.conversation && state.conversation.id === saved.id) {
          rememberConversation(saved.id, fresh.token);
        }
      }, function () {
        // The running chat keeps its own token; only the next page load will need a new conversation.
      });
    }, TOKEN_REFRESH_MS);
  }
})();
