/* The demo page's own behaviour (an external file: the page's CSP allows no inline script). */
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var snippet = '<script src="' + location.origin + '/widget.js" data-title="Ask our docs" async></script>';
  document.getElementById('snippet').textContent = snippet;

  document.getElementById('copy-snippet').addEventListener('click', function () {
    var status = document.getElementById('copy-status');
    navigator.clipboard.writeText(snippet).then(function () {
      status.textContent = 'Snippet copied.';
    }, function () {
      status.textContent = 'Copying is blocked here: select the snippet and copy it by hand.';
    });
  });

  // widget.js loads on its own (async) and then asks Citebot for its settings: a click before it is ready
  // is kept and carried out when the widget says it is ready, so the button never silently does nothing.
  var openRequested = false;
  function openChat() {
    var widget = document.querySelector('citebot-widget');
    var launcher = widget && widget.shadowRoot && widget.shadowRoot.querySelector('.launcher');
    if (!launcher) {
      openRequested = true;
      return;
    }
    if (launcher.getAttribute('aria-expanded') !== 'true') {
      launcher.click();
    }
  }
  document.getElementById('open-chat').addEventListener('click', openChat);
  document.addEventListener('citebot:ready', function () {
    if (openRequested) {
      openRequested = false;
      openChat();
    }
  });

  fetch('/api/documents').then(function (r) { return r.json(); }).then(function (body) {
    var list = document.getElementById('documents');
    list.replaceChildren();
    (body.documents || []).forEach(function (doc) {
      var item = document.createElement('li');
      var title = document.createElement('strong');
      title.textContent = doc.title;
      item.append(title, ' ', doc.path);
      list.appendChild(item);
    });
    if (!list.children.length) {
      list.textContent = 'No documents yet: add files to the seeds folder.';
    }
  }).catch(function () {
    document.getElementById('documents').textContent = 'The documents are still being read.';
  });
});
