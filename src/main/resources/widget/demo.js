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

  document.getElementById('open-chat').addEventListener('click', function () {
    var widget = document.querySelector('citebot-widget');
    var launcher = widget && widget.shadowRoot.querySelector('.launcher');
    if (launcher && launcher.getAttribute('aria-expanded') !== 'true') {
      launcher.click();
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
