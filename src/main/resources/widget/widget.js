/*
 * Citebot chat widget. Embed with one tag:
 *   <script src="https://CITEBOT_HOST/widget.js" data-title="Ask our docs" data-color="#0f766e" async></script>
 * Plain JavaScript, no build step, nothing fetched from anywhere but Citebot.
 *
 * Safety rules this file keeps:
 * - Every text from the server (answers, titles, quotes, documents) enters the page through text nodes,
 *   never through an HTML parser (no innerHTML, no insertAdjacentHTML), so a document cannot inject markup.
 * - No inline styles or scripts, no eval: it runs under a strict Content-Security-Policy and Trusted Types.
 * - Everything lives in a Shadow DOM: the host page's CSS cannot break the widget and the widget's cannot
 *   leak out.
 */
(function () {
  'use strict';

  // currentScript is null when a tag manager or loader runs this file: then the tag is found by its address.
  var script = document.currentScript || document.querySelector('script[src$="/widget.js"]');
  if (!script || document.querySelector('citebot-widget')) {
    return; // embedded twice: one widget is enough
  }
  var base = new URL('.', script.src); // Citebot's address, also when it is served under a path prefix
  var data = script.dataset;
  // data-collection="hr": the collection the widget asks (none: the default one, the seeds folder)
  var collection = data.collection || '';
  var SVG = 'http://www.w3.org/2000/svg';
  var ICONS = {
    chat: 'M4 4h16v12H7l-3 3z',
    close: 'M6 6l12 12M18 6L6 18',
    clear: 'M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13',
    send: 'M4 12l16-8-6 16-2-7z',
    up: 'M7 11v9H4v-9zM7 11l4-7c1.5 0 2.5 1 2 3l-1 3h6c1 0 2 1 1.7 2.2l-1.6 6c-.3 1-1 1.8-2.1 1.8H7',
    down: 'M7 13V4H4v9zM7 13l4 7c1.5 0 2.5-1 2-3l-1-3h6c1 0 2-1 1.7-2.2l-1.6-6C17.8 4.8 17.1 4 16 4H7',
    copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
    back: 'M15 6l-6 6 6 6'
  };
  /*
   * The widget's own words in the page's language (data-lang on the tag, else <html lang>); English otherwise.
   * To add a language, add its words here under its ISO 639-1 code (and prompts/greeting.xx.txt for the greeting).
   */
  var WORDS = {
    en: {
      openChat: 'Open chat: ',
      closeChatFor: 'Close chat: ',
      clear: 'Clear conversation',
      close: 'Close chat',
      conversation: 'Conversation',
      suggested: 'Suggested questions',
      looking: ' is looking for the answer…',
      placeholder: 'Ask a question…',
      yourQuestion: 'Your question',
      sendQuestion: 'Send question',
      send: 'Send',
      cleared: 'Conversation cleared.',
      unavailable: 'Citebot is not available on this page.',
      you: 'You: ',
      failed: 'Something went wrong. Please try again.',
      notFound: 'Not found in the documents',
      sources: 'Sources',
      closest: 'Closest matches',
      source: 'Source ',
      copy: 'Copy',
      copied: 'Copied',
      answerCopied: 'Answer copied.',
      copyBlocked: 'Copying is blocked on this page.',
      helpful: 'Helpful',
      notHelpful: 'Not helpful',
      rated: 'You already rated this answer.',
      thanks: 'Thanks for your feedback.',
      feedbackFailed: 'Your feedback could not be sent: ',
      showing: 'Showing the cited passage in ',
      sourceFailed: 'The source could not be opened: ',
      back: 'Back to the conversation',
      greeting: 'Ask me anything about the documents.',
      unreachable: 'Citebot could not be reached. Please try again.',
      cutOff: 'The answer was cut off. Please try again.',
      // Errors the server returns, by their code (in English the server's own message is shown)
      errors: {
        bad_request: 'Citebot could not read this request.',
        unauthorized: 'Citebot is not available on this page.',
        forbidden: 'Citebot is not available on this page.',
        not_found: 'It is no longer there.',
        payload_too_large: 'The question is too long.',
        too_many_requests: 'Too many questions at once. Please wait a moment and try again.',
        unavailable: 'Citebot is busy or still reading the documents. Please try again shortly.',
        insufficient_storage: 'Citebot cannot store it right now.',
        internal_error: 'Something went wrong on Citebot\'s side. Please try again.'
      }
    },
    de: {
      openChat: 'Chat öffnen: ',
      closeChatFor: 'Chat schließen: ',
      clear: 'Unterhaltung löschen',
      close: 'Chat schließen',
      conversation: 'Unterhaltung',
      suggested: 'Vorgeschlagene Fragen',
      looking: ' sucht die Antwort…',
      placeholder: 'Stellen Sie eine Frage…',
      yourQuestion: 'Ihre Frage',
      sendQuestion: 'Frage senden',
      send: 'Senden',
      cleared: 'Unterhaltung gelöscht.',
      unavailable: 'Citebot ist auf dieser Seite nicht verfügbar.',
      you: 'Sie: ',
      failed: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
      notFound: 'Nicht in den Dokumenten gefunden',
      sources: 'Quellen',
      closest: 'Nächste Treffer',
      source: 'Quelle ',
      copy: 'Kopieren',
      copied: 'Kopiert',
      answerCopied: 'Antwort kopiert.',
      copyBlocked: 'Kopieren ist auf dieser Seite gesperrt.',
      helpful: 'Hilfreich',
      notHelpful: 'Nicht hilfreich',
      rated: 'Sie haben diese Antwort schon bewertet.',
      thanks: 'Danke für Ihre Rückmeldung.',
      feedbackFailed: 'Ihre Rückmeldung konnte nicht gesendet werden: ',
      showing: 'Zitierte Stelle in ',
      sourceFailed: 'Die Quelle konnte nicht geöffnet werden: ',
      back: 'Zurück zur Unterhaltung',
      greeting: 'Fragen Sie mich alles zu den Dokumenten.',
      unreachable: 'Citebot ist nicht erreichbar. Bitte versuchen Sie es erneut.',
      cutOff: 'Die Antwort wurde abgeschnitten. Bitte versuchen Sie es erneut.',
      errors: {
        bad_request: 'Citebot konnte diese Anfrage nicht lesen.',
        unauthorized: 'Citebot ist auf dieser Seite nicht verfügbar.',
        forbidden: 'Citebot ist auf dieser Seite nicht verfügbar.',
        not_found: 'Das gibt es nicht mehr.',
        payload_too_large: 'Die Frage ist zu lang.',
        too_many_requests: 'Zu viele Fragen auf einmal. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
        unavailable: 'Citebot ist ausgelastet oder liest noch die Dokumente. Bitte versuchen Sie es gleich erneut.',
        insufficient_storage: 'Citebot kann das gerade nicht speichern.',
        internal_error: 'Bei Citebot ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.'
      }
    },
    es: {
      openChat: 'Abrir chat: ',
      closeChatFor: 'Cerrar chat: ',
      clear: 'Borrar conversación',
      close: 'Cerrar chat',
      conversation: 'Conversación',
      suggested: 'Preguntas sugeridas',
      looking: ' está buscando la respuesta…',
      placeholder: 'Haga una pregunta…',
      yourQuestion: 'Su pregunta',
      sendQuestion: 'Enviar pregunta',
      send: 'Enviar',
      cleared: 'Conversación borrada.',
      unavailable: 'Citebot no está disponible en esta página.',
      you: 'Usted: ',
      failed: 'Algo salió mal. Inténtelo de nuevo.',
      notFound: 'No encontrado en los documentos',
      sources: 'Fuentes',
      closest: 'Coincidencias más cercanas',
      source: 'Fuente ',
      copy: 'Copiar',
      copied: 'Copiado',
      answerCopied: 'Respuesta copiada.',
      copyBlocked: 'Copiar está bloqueado en esta página.',
      helpful: 'Útil',
      notHelpful: 'No útil',
      rated: 'Ya valoró esta respuesta.',
      thanks: 'Gracias por su opinión.',
      feedbackFailed: 'No se pudo enviar su opinión: ',
      showing: 'Mostrando el pasaje citado en ',
      sourceFailed: 'No se pudo abrir la fuente: ',
      back: 'Volver a la conversación',
      greeting: 'Pregúnteme lo que quiera sobre los documentos.',
      unreachable: 'No se pudo contactar con Citebot. Inténtelo de nuevo.',
      cutOff: 'La respuesta se cortó. Inténtelo de nuevo.',
      errors: {
        bad_request: 'Citebot no pudo leer esta solicitud.',
        unauthorized: 'Citebot no está disponible en esta página.',
        forbidden: 'Citebot no está disponible en esta página.',
        not_found: 'Ya no existe.',
        payload_too_large: 'La pregunta es demasiado larga.',
        too_many_requests: 'Demasiadas preguntas a la vez. Espere un momento e inténtelo de nuevo.',
        unavailable: 'Citebot está ocupado o todavía está leyendo los documentos. Inténtelo de nuevo en breve.',
        insufficient_storage: 'Citebot no puede guardarlo ahora.',
        internal_error: 'Citebot ha tenido un error. Inténtelo de nuevo.'
      }
    },
    fr: {
      openChat: 'Ouvrir le chat : ',
      closeChatFor: 'Fermer le chat : ',
      clear: 'Effacer la conversation',
      close: 'Fermer le chat',
      conversation: 'Conversation',
      suggested: 'Questions suggérées',
      looking: ' cherche la réponse…',
      placeholder: 'Posez une question…',
      yourQuestion: 'Votre question',
      sendQuestion: 'Envoyer la question',
      send: 'Envoyer',
      cleared: 'Conversation effacée.',
      unavailable: 'Citebot n\'est pas disponible sur cette page.',
      you: 'Vous : ',
      failed: 'Une erreur s\'est produite. Veuillez réessayer.',
      notFound: 'Introuvable dans les documents',
      sources: 'Sources',
      closest: 'Passages les plus proches',
      source: 'Source ',
      copy: 'Copier',
      copied: 'Copié',
      answerCopied: 'Réponse copiée.',
      copyBlocked: 'La copie est bloquée sur cette page.',
      helpful: 'Utile',
      notHelpful: 'Pas utile',
      rated: 'Vous avez déjà évalué cette réponse.',
      thanks: 'Merci pour votre avis.',
      feedbackFailed: 'Votre avis n\'a pas pu être envoyé : ',
      showing: 'Passage cité dans ',
      sourceFailed: 'La source n\'a pas pu être ouverte : ',
      back: 'Retour à la conversation',
      greeting: 'Posez-moi vos questions sur les documents.',
      unreachable: 'Citebot est injoignable. Veuillez réessayer.',
      cutOff: 'La réponse a été interrompue. Veuillez réessayer.',
      errors: {
        bad_request: 'Citebot n\'a pas pu lire cette demande.',
        unauthorized: 'Citebot n\'est pas disponible sur cette page.',
        forbidden: 'Citebot n\'est pas disponible sur cette page.',
        not_found: 'Cela n\'existe plus.',
        payload_too_large: 'La question est trop longue.',
        too_many_requests: 'Trop de questions à la fois. Patientez un instant et réessayez.',
        unavailable: 'Citebot est occupé ou lit encore les documents. Veuillez réessayer dans un instant.',
        insufficient_storage: 'Citebot ne peut pas l\'enregistrer pour le moment.',
        internal_error: 'Une erreur s\'est produite chez Citebot. Veuillez réessayer.'
      }
    }
  };
  // "de", "de-AT", "DE": German; any language without a translation here: English.
  var asked = (data.lang || document.documentElement.lang || 'en').split(/[-_]/)[0].toLowerCase();
  var language = WORDS.hasOwnProperty(asked) ? asked : 'en';
  var words = WORDS[language];
  var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  /* ---------- small DOM helpers: attributes and text only, never HTML ---------- */

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (attrs[name] !== null && attrs[name] !== undefined && attrs[name] !== false) {
        node.setAttribute(name, attrs[name] === true ? '' : attrs[name]);
      }
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function icon(name) {
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', ICONS[name]);
    svg.appendChild(path);
    return svg;
  }

  function iconButton(name, label, className) {
    return el('button', {type: 'button', 'class': className, 'aria-label': label, title: label}, [icon(name)]);
  }

  function api(path, options) {
    var init = Object.assign({credentials: 'omit', mode: 'cors'}, options || {});
    return fetch(new URL(path, base), init).catch(function () {
      throw new Error(words.unreachable);
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) {
          throw failure(response.status, body);
        }
        return body;
      });
    });
  }

  /**
   * An error the server returned, told in the widget's language by its code ("unavailable", "too_many_requests");
   * the server's own message is English, so an English widget shows it as it is.
   */
  function failure(status, body) {
    if (language === 'en') {
      return new Error(body.message || 'Citebot answered with status ' + status);
    }
    var code = body.error || (status >= 500 ? 'internal_error' : '');
    return new Error(words.errors[code] || words.failed);
  }

  function postJson(path, body) {
    return api(path, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
  }

  /**
   * Asks through the Server-Sent Events endpoint, calling onText with each piece of answer text as it
   * arrives, and resolves with the full answer. Falls back to the plain endpoint when the server has no
   * stream endpoint or the browser cannot read a response body as a stream.
   */
  function askStream(body, onText) {
    var init = {credentials: 'omit', mode: 'cors', method: 'POST',
      headers: {'Content-Type': 'application/json', 'Accept': 'text/event-stream'}, body: JSON.stringify(body)};
    return fetch(new URL('api/ask/stream', base), init).catch(function () {
      throw new Error(words.unreachable);
    }).then(function (response) {
      if (response.status === 404 || !response.body || typeof TextDecoder !== 'function') {
        return postJson('api/ask', body);
      }
      if (!response.ok) {
        return response.json().catch(function () { return {}; }).then(function (error) {
          throw failure(response.status, error);
        });
      }
      return readEvents(response.body.getReader(), onText);
    });
  }

  function readEvents(reader, onText) {
    var decoder = new TextDecoder();
    var buffer = '';
    var answer = null;
    function handle(block) {
      var name = 'message';
      var data = '';
      block.split('\n').forEach(function (line) {
        if (line.indexOf('event:') === 0) { name = line.slice(6).trim(); }
        if (line.indexOf('data:') === 0) { data += line.slice(5).trim(); }
      });
      var payload = data ? JSON.parse(data) : {};
      if (name === 'text') { onText(payload.text || ''); }
      if (name === 'answer') { answer = payload; }
      if (name === 'error') { throw failure(payload.status || 500, payload); }
    }
    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) {
          if (!answer) { throw new Error(words.cutOff); }
          return answer;
        }
        buffer += decoder.decode(chunk.value, {stream: true});
        var end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          handle(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
        return pump();
      });
    }
    return pump();
  }

  /* ---------- styles: a constructed style sheet works under any host CSP that lets us connect ---------- */

  function loadStyles(shadow) {
    var href = new URL('widget/widget.css', base).href;
    var constructed = 'adoptedStyleSheets' in Document.prototype && typeof CSSStyleSheet === 'function';
    var viaFetch = constructed ? fetch(href, {credentials: 'omit', mode: 'cors'}).then(function (r) {
      if (!r.ok) { throw new Error('style sheet ' + r.status); }
      return r.text();
    }).then(function (css) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
    }) : Promise.reject(new Error('no constructable style sheets'));
    return viaFetch.catch(function () {
      // Older browsers, or an origin refused by Citebot: a plain link still styles the refusal message.
      return new Promise(function (resolve) {
        var link = el('link', {rel: 'stylesheet', href: href});
        link.addEventListener('load', resolve);
        link.addEventListener('error', resolve);
        shadow.appendChild(link);
      });
    });
  }

  /* ---------- conversation state, kept for the tab's session so it survives page changes ---------- */

  var storageKey = 'citebot:' + base.href + (collection ? '#' + collection : '');
  var MAX_TURNS = 20;

  function loadTurns() {
    try {
      var stored = JSON.parse(window.sessionStorage.getItem(storageKey) || '[]');
      return Array.isArray(stored) ? stored : [];
    } catch (e) {
      return []; // storage blocked (sandboxed frame, privacy mode): start afresh
    }
  }

  function saveTurns(turns) {
    try {
      if (turns.length) {
        window.sessionStorage.setItem(storageKey, JSON.stringify(turns.slice(-MAX_TURNS)));
      } else {
        window.sessionStorage.removeItem(storageKey);
      }
    } catch (e) {
      // storage full or blocked: the conversation still works, it just is not kept
    }
  }

  /** Earlier turns as the API's history: the question, then the answer text. */
  function history(turns) {
    var out = [];
    turns.forEach(function (turn) {
      if (turn.response && turn.response.answer) { // failed turns are not part of the conversation
        out.push({role: 'user', content: turn.question});
        out.push({role: 'assistant', content: turn.response.answer});
      }
    });
    return out.slice(-MAX_TURNS);
  }

  /* ---------- the user interface ---------- */

  function createUi(shadow, look, available) {
    var turns = available ? loadTurns() : [];
    var busy = false;
    var returnFocus = null; // the source button that opened the document, to go back to it

    var launcher = el('button', {type: 'button', 'class': 'launcher', 'aria-expanded': 'false',
      'aria-controls': 'citebot-panel', 'aria-label': words.openChat + look.title}, [icon('chat')]);
    var clearButton = iconButton('clear', words.clear, 'header-button clear');
    var closeButton = iconButton('close', words.close, 'header-button close');
    var log = el('div', {'class': 'log', role: 'log', 'aria-live': 'polite', 'aria-label': words.conversation});
    var starters = el('div', {'class': 'starters', role: 'group', 'aria-label': words.suggested});
    var typing = el('div', {'class': 'typing', role: 'status', hidden: true}, [el('span', {'class': 'dot'}),
      el('span', {'class': 'dot'}), el('span', {'class': 'dot'}),
      el('span', {'class': 'sr-only'}, [look.title + words.looking])]);
    var conversation = el('div', {'class': 'conversation'}, [log, starters, typing]);
    var viewer = createViewer(showConversation);
    var input = el('textarea', {'class': 'input', rows: '1', maxlength: '2000', placeholder: words.placeholder,
      'aria-label': words.yourQuestion, enterkeyhint: 'send'});
    var sendButton = el('button', {type: 'submit', 'class': 'send', 'aria-label': words.sendQuestion, title: words.send},
      [icon('send')]);
    var composer = el('form', {'class': 'composer'}, [input, sendButton]);
    var status = el('p', {'class': 'sr-only', role: 'status', 'aria-live': 'polite'});
    var panel = el('section', {id: 'citebot-panel', 'class': 'panel', role: 'dialog', 'aria-modal': 'false',
      'aria-labelledby': 'citebot-title', hidden: true}, [
      el('header', {'class': 'header'}, [el('h2', {id: 'citebot-title', 'class': 'title'}, [look.title]),
        clearButton, closeButton]),
      conversation, viewer.node, composer, status]);
    shadow.appendChild(launcher);
    shadow.appendChild(panel);

    launcher.addEventListener('click', function () { panel.hidden ? open() : close(); });
    closeButton.addEventListener('click', close);
    clearButton.addEventListener('click', clear);
    composer.addEventListener('submit', function (event) {
      event.preventDefault();
      ask(input.value);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault(); // Enter sends, Shift+Enter starts a new line
        ask(input.value);
      }
    });
    input.addEventListener('input', fitInput);
    panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        event.stopPropagation();
        viewer.node.hidden ? close() : showConversation();
      }
      if (event.key === 'Tab' && coversPage()) {
        wrapFocus(event);
      }
    });
    document.addEventListener('focusin', function (event) {
      if (event.target !== shadow.host && coversPage()) {
        (focusStops()[0] || closeButton).focus(); // the page underneath cannot be seen: stay in the panel
      }
    });
    window.addEventListener('resize', markModal);
    render();
    return {open: open};

    function open() {
      panel.hidden = false;
      markModal();
      launcher.setAttribute('aria-expanded', 'true');
      launcher.setAttribute('aria-label', words.closeChatFor + look.title);
      scrollToEnd();
      (available ? input : closeButton).focus();
    }

    function close() {
      showConversation();
      panel.hidden = true;
      launcher.setAttribute('aria-expanded', 'false');
      launcher.setAttribute('aria-label', words.openChat + look.title);
      launcher.focus();
    }

    /**
     * On a small screen the panel covers the whole page, so it behaves as a modal dialog (WCAG 2.4.11: focus
     * must not go to what the panel hides): Tab and Shift+Tab cycle through the panel, and assistive
     * technologies are told the page behind is out of reach. On a wide screen the page stays usable beside it.
     */
    function coversPage() {
      if (panel.hidden) {
        return false;
      }
      // Layout sizes, not the bounding box: the panel rises in with a transform when it opens.
      return panel.offsetWidth >= window.innerWidth - 1 && panel.offsetHeight >= window.innerHeight - 1;
    }

    function markModal() {
      panel.setAttribute('aria-modal', coversPage() ? 'true' : 'false');
    }

    function wrapFocus(event) {
      var stops = focusStops();
      var first = stops[0];
      var last = stops[stops.length - 1];
      var at = shadow.activeElement;
      if (!first) {
        return;
      }
      if (event.shiftKey ? at === first || !panel.contains(at) : at === last || !panel.contains(at)) {
        event.preventDefault();
        (event.shiftKey ? last : first).focus();
      }
    }

    /** The panel's controls a Tab can reach now: enabled, not hidden, in document order. */
    function focusStops() {
      return Array.prototype.filter.call(panel.querySelectorAll('button, textarea, input, a[href], [tabindex]'),
        function (node) {
          return !node.disabled && node.tabIndex >= 0 && node.getClientRects().length > 0;
        });
    }

    function clear() {
      turns = [];
      saveTurns(turns);
      render();
      say(words.cleared);
      (available ? input : closeButton).focus();
    }

    function render() {
      log.replaceChildren(el('div', {'class': 'msg bot greeting'}, [el('p', {'class': 'bubble'}, [look.greeting])]));
      turns.forEach(function (turn) {
        log.appendChild(question(turn));
        log.appendChild(reply(turn));
      });
      if (!available) {
        log.appendChild(el('div', {'class': 'msg bot error unavailable', role: 'alert'},
          [words.unavailable]));
        input.disabled = true;
        sendButton.disabled = true;
      }
      renderStarters();
    }

    function renderStarters() {
      var show = available && turns.length === 0 && look.starters.length > 0;
      starters.hidden = !show;
      starters.replaceChildren.apply(starters, show ? look.starters.map(function (text) {
        var button = el('button', {type: 'button', 'class': 'starter'}, [text]);
        button.addEventListener('click', function () { ask(text); });
        return button;
      }) : []);
    }

    function ask(text) {
      var q = (text || '').trim();
      if (!q || busy || !available) {
        return;
      }
      var turn = {question: q};
      var earlier = history(turns);
      turns.push(turn);
      input.value = '';
      fitInput();
      starters.hidden = true;
      var asked = question(turn);
      log.appendChild(asked);
      setBusy(true);
      var streaming = el('p', {'class': 'bubble'}, []);
      var draft = el('div', {'class': 'msg draft', 'aria-hidden': 'true', hidden: true}, [streaming]);
      log.appendChild(draft);
      var request = {question: q, history: earlier};
      if (collection) {
        request.collection = collection;
      }
      askStream(request, function (text) {
        draft.hidden = false;
        streaming.appendChild(document.createTextNode(text));
        scrollToEnd();
      }).then(function (response) {
        turn.response = response;
      }, function (error) {
        turn.error = error.message;
      }).then(function () {
        setBusy(false);
        draft.remove();
        log.appendChild(reply(turn));
        saveTurns(turns.filter(function (t) { return t.response; }));
        showFromQuestion(asked);
      });
    }

    function setBusy(on) {
      busy = on;
      typing.hidden = !on;
      log.setAttribute('aria-busy', on ? 'true' : 'false');
      sendButton.disabled = on;
      scrollToEnd();
    }

    function question(turn) {
      return el('div', {'class': 'msg user'}, [el('p', {'class': 'bubble'},
        [el('span', {'class': 'sr-only'}, [words.you]), turn.question])]);
    }

    function reply(turn) {
      if (!turn.response) {
        return el('div', {'class': 'msg bot error', role: 'alert'},
          [turn.error || words.failed]);
      }
      var r = turn.response;
      var parts = [];
      if (!r.answerable) {
        parts.push(el('p', {'class': 'declined-label'}, [words.notFound]));
      }
      parts.push(el('p', {'class': 'bubble'}, [el('span', {'class': 'sr-only'}, [look.title + ': '])]
        .concat(withMarkers(r.answer, r.answerable ? r.citations : []))));
      var sourceList = r.answerable ? r.citations : r.closest_matches;
      if (sourceList && sourceList.length) {
        parts.push(sources(r.answerable ? words.sources : words.closest, sourceList));
      }
      parts.push(actions(turn));
      return el('article', {'class': 'msg bot ' + (r.answerable ? 'answer' : 'declined')}, parts);
    }

    /** The answer's text with each [n] turned into a link to its source; everything else stays text. */
    function withMarkers(text, citations) {
      var parts = [];
      var pattern = /\[(\d+)\]/g;
      var last = 0;
      var match;
      while ((match = pattern.exec(text)) !== null) {
        var citation = citations.filter(function (c) { return String(c.n) === match[1]; })[0];
        if (!citation) {
          continue;
        }
        parts.push(text.slice(last, match.index));
        parts.push(sourceLink(el('button', {type: 'button', 'class': 'marker',
          'aria-label': words.source + citation.n + ': ' + citation.title}, ['[' + citation.n + ']']), citation));
        last = match.index + match[0].length;
      }
      parts.push(text.slice(last));
      return parts;
    }

    function sources(label, list) {
      return el('div', {'class': 'sources'}, [el('h3', {'class': 'sources-title'}, [label]),
        el('ol', {'class': 'source-list'}, list.map(function (c) {
          return el('li', {}, [sourceLink(el('button', {type: 'button', 'class': 'source'}, [
            el('span', {'class': 'source-n', 'aria-hidden': 'true'}, [String(c.n)]),
            el('span', {'class': 'source-body'}, [el('span', {'class': 'source-title'}, [c.title]),
              el('span', {'class': 'source-quote'}, ['“' + c.quote + '”'])])]), c)]);
        }))]);
    }

    function sourceLink(button, citation) {
      button.addEventListener('click', function () { openSource(citation, button); });
      return button;
    }

    function actions(turn) {
      var copy = el('button', {type: 'button', 'class': 'action copy'}, [icon('copy'), el('span', {}, [words.copy])]);
      var up = iconButton('up', words.helpful, 'action rate up');
      var down = iconButton('down', words.notHelpful, 'action rate down');
      [up, down].forEach(function (b) { b.setAttribute('aria-pressed', String(turn.rating === rating(b))); });
      copy.addEventListener('click', function () { copyAnswer(turn, copy); });
      up.addEventListener('click', function () { rate(turn, 'up', up, down); });
      down.addEventListener('click', function () { rate(turn, 'down', down, up); });
      return el('div', {'class': 'actions'}, [copy, up, down]);
    }

    function rating(button) {
      return button.classList.contains('up') ? 'up' : 'down';
    }

    function rate(turn, value, chosen, other) {
      if (turn.rating) {
        say(words.rated);
        return;
      }
      var sent = {rating: value, question: turn.question, answer: turn.response.answer,
        source: 'widget', citations: (turn.response.citations || []).map(function (c) {
          return {n: c.n, path: c.path, title: c.title, quote: c.quote};
        })};
      if (collection) {
        sent.collection = collection;
      }
      postJson('api/feedback', sent).then(function () {
        turn.rating = value;
        chosen.setAttribute('aria-pressed', 'true');
        other.setAttribute('aria-pressed', 'false');
        saveTurns(turns.filter(function (t) { return t.response; }));
        say(words.thanks);
      }, function (error) {
        say(words.feedbackFailed + error.message);
      });
    }

    function copyAnswer(turn, button) {
      var r = turn.response;
      var list = r.answerable ? r.citations : r.closest_matches;
      var text = r.answer + (list.length ? '\n\n' + list.map(function (c) {
        return '[' + c.n + '] ' + c.title + ': “' + c.quote + '”';
      }).join('\n') : '');
      writeClipboard(text).then(function () {
        button.lastChild.textContent = words.copied;
        say(words.answerCopied);
        setTimeout(function () { button.lastChild.textContent = words.copy; }, 2000);
      }, function () {
        say(words.copyBlocked);
      });
    }

    function writeClipboard(text) {
      if (navigator.clipboard && window.isSecureContext) {
        return navigator.clipboard.writeText(text);
      }
      // Plain-http pages have no Clipboard API: copy from a hidden text area instead.
      var area = el('textarea', {'class': 'sr-only', readonly: true, 'aria-hidden': 'true'});
      area.value = text;
      panel.appendChild(area);
      area.select();
      var copied = document.execCommand('copy');
      area.remove();
      return copied ? Promise.resolve() : Promise.reject(new Error('copy refused'));
    }

    function openSource(citation, button) {
      api('api/documents/' + encodeURIComponent(citation.document_id)).then(function (doc) {
        returnFocus = button;
        conversation.hidden = true;
        composer.hidden = true;
        viewer.show(doc, citation);
        say(words.showing + doc.title + '.');
      }, function (error) {
        say(words.sourceFailed + error.message);
      });
    }

    function showConversation() {
      if (viewer.node.hidden) {
        return;
      }
      viewer.node.hidden = true;
      conversation.hidden = false;
      composer.hidden = false;
      (returnFocus && returnFocus.isConnected ? returnFocus : input).focus();
    }

    /** Scrolls to the end, or to the question when its answer is too long to read from the bottom up. */
    function showFromQuestion(asked) {
      var top = asked.offsetTop - 12;
      var fits = conversation.scrollHeight - top <= conversation.clientHeight;
      conversation.scrollTop = fits ? conversation.scrollHeight : top;
    }

    function scrollToEnd() {
      conversation.scrollTop = conversation.scrollHeight;
    }

    /** Grows the question box with its text, up to a few lines, then scrolls inside it. */
    function fitInput() {
      input.style.height = 'auto'; // CSSOM, not a style attribute: allowed by CSP
      var borders = input.offsetHeight - input.clientHeight;
      var wanted = input.scrollHeight + borders;
      input.style.height = Math.min(wanted, 120) + 'px';
      input.style.overflowY = wanted > 120 ? 'auto' : 'hidden';
    }

    function say(message) {
      status.textContent = '';
      setTimeout(function () { status.textContent = message; }, 50); // re-announce identical messages
    }
  }

  /** Shows a document with the cited sentence highlighted and scrolled into view. */
  function createViewer(onBack) {
    var CONTEXT = 4000; // characters shown around the quote: whole books stay fast
    var back = el('button', {type: 'button', 'class': 'back'}, [icon('back'), words.back]);
    var heading = el('h3', {id: 'citebot-doc-title', 'class': 'doc-title', tabindex: '-1'});
    var path = el('p', {'class': 'doc-path'});
    // The text scrolls on its own, so it is focusable (keyboard users scroll it with the arrow keys) and, being
    // focusable, it is a region named by the document's title, so a screen reader says what has the focus.
    var text = el('div', {'class': 'doc-text', role: 'region', tabindex: '0', 'aria-labelledby': 'citebot-doc-title'});
    var node = el('section', {'class': 'viewer', hidden: true},
      [el('div', {'class': 'viewer-bar'}, [back]), heading, path, text]);
    back.addEventListener('click', onBack);
    return {node: node, show: show};

    function show(doc, c) {
      var all = doc.text;
      var start = valid(c.quote_start, c.quote_end, all) ? c.quote_start : c.start;
      var end = valid(c.quote_start, c.quote_end, all) ? c.quote_end : c.end;
      var from = Math.max(0, start - CONTEXT);
      var to = Math.min(all.length, end + CONTEXT);
      var mark = el('mark', {'class': 'highlight'}, [all.slice(start, end)]);
      heading.textContent = doc.title;
      path.textContent = doc.path;
      text.replaceChildren(document.createTextNode((from > 0 ? '… ' : '') + all.slice(from, start)), mark,
        document.createTextNode(all.slice(end, to) + (to < all.length ? ' …' : '')));
      node.hidden = false;
      // Scroll only the viewer, never the host page (scrollIntoView would move the page too).
      text.scrollTop = Math.max(0, mark.offsetTop - text.clientHeight / 3);
      heading.focus();
    }

    function valid(start, end, all) {
      return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= all.length;
    }
  }

  /* ---------- start ---------- */

  var host = document.createElement('citebot-widget');
  host.setAttribute('lang', language); // the language its own words are in, for screen readers
  var shadow = host.attachShadow({mode: 'open'});
  host.hidden = true; // until styled: no flash of an unstyled panel
  whenBodyExists(function () {
    document.body.appendChild(host); // before the styles load: a <link> in a detached tree never loads
    Promise.all([
      loadStyles(shadow),
      api('api/widget/config?lang=' + encodeURIComponent(language)
          + (collection ? '&collection=' + encodeURIComponent(collection) : '')).catch(function (error) {
        console.warn('Citebot: this page cannot reach ' + base.href + ' (' + error.message + '). If you run this '
            + 'site, add its origin (' + location.origin + ') to CITEBOT_WIDGET_ALLOWED_ORIGINS.');
        return null;
      })
    ]).then(function (results) {
      var setup = results[1];
      var widget = createUi(shadow, theme(setup), setup !== null);
      host.hidden = false;
      if (data.open === 'true') {
        widget.open();
      }
      // For pages with their own "open the chat" control: a click before this point can be replayed now.
      document.dispatchEvent(new CustomEvent('citebot:ready'));
    });
  });

  function whenBodyExists(then) {
    if (document.body) {
      then();
    } else {
      document.addEventListener('DOMContentLoaded', then);
    }
  }

  /** Server settings, overridden by the script tag's data attributes. */
  function theme(setup) {
    var s = setup || {};
    var color = data.color || s.color;
    if (color && window.CSS && CSS.supports('color', color)) {
      host.style.setProperty('--citebot-accent', color); // CSSOM, not a style attribute: allowed by CSP
    }
    var position = (data.position || s.position || 'right') === 'left' ? 'left' : 'right';
    host.setAttribute('data-position', position);
    return {
      title: data.title || s.title || 'Citebot',
      greeting: data.greeting || s.greeting || words.greeting,
      starters: s.starter_questions || []
    };
  }
})();
