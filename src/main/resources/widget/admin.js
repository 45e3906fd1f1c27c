/*
 * The admin page's behaviour (an external file: the page's CSP allows no inline script, and Trusted Types no
 * HTML sinks, so every element is built with createElement and textContent). The admin key is kept in
 * sessionStorage: for this tab only, gone when it closes. Every call sends it as 'Authorization: Bearer KEY'.
 */
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var KEY = 'citebot.adminKey';
  var BUSY = ['queued', 'indexing'];
  var selected = 'default';
  var polling = null;
  var wasBusy = false;

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    (children || []).forEach(function (child) { node.append(child); });
    return node;
  }

  function button(text, label, onClick, extraClass) {
    var b = el('button', {type: 'button', 'class': 'secondary' + (extraClass ? ' ' + extraClass : ''),
      'aria-label': label}, [text]);
    b.addEventListener('click', onClick);
    return b;
  }

  function say(text) { $('status').textContent = text; }
  function fail(error) { $('error').textContent = error.message || String(error); }
  function clearError() { $('error').textContent = ''; }

  function key() { return sessionStorage.getItem(KEY); }

  /** A failed call as an Error saying what the server said, with its status. */
  function problem(status, body) {
    var message = body && body.message ? body.message : 'the server answered ' + status;
    if (status === 401) {
      message = 'That admin key is wrong: type it again.';
    } else if (status === 403 && /admin endpoints are disabled/.test(message)) {
      message = 'Admin is turned off on this server: set CITEBOT_ADMIN_KEY and restart it.';
    }
    var error = new Error(message);
    error.status = status;
    return error;
  }

  function api(method, path, body) {
    var init = {method: method, headers: {Authorization: 'Bearer ' + key()}, cache: 'no-store'};
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (json) {
        if (!response.ok) {
          throw problem(response.status, json);
        }
        return json;
      });
    }).catch(function (error) {
      if (error.status === 401) {
        signOut();
      }
      throw error;
    });
  }

  function path(name) { return '/api/collections/' + encodeURIComponent(name); }

  // Sign in and out

  function showConsole(on) {
    $('sign-in').hidden = on;
    $('console').hidden = !on;
  }

  function signOut() {
    sessionStorage.removeItem(KEY);
    stopPolling();
    showConsole(false);
    $('admin-key').value = '';
    $('admin-key').focus();
  }

  function start() {
    return api('GET', '/api/feedback?limit=1').then(function () {
      clearError();
      showConsole(true);
      say('Signed in.');
      refreshCollections();
      refreshFeedback();
    });
  }

  $('sign-in').addEventListener('submit', function (event) {
    event.preventDefault();
    sessionStorage.setItem(KEY, $('admin-key').value.trim());
    start().catch(fail);
  });
  $('sign-out').addEventListener('click', function () {
    clearError();
    signOut();
    say('Signed out.');
  });

  // Collections

  function refreshCollections() {
    return api('GET', '/api/collections').then(function (body) {
      var rows = (body.collections || []).map(function (c) {
        var open = button('Open', 'Open ' + c.name, function () { select(c.name); });
        var cells = [el('td', {}, [c.name]), el('td', {}, [String(c.documents)]), el('td', {}, [String(c.passages)]),
          el('td', {}, [c.ready ? 'ready' : 'indexing']), el('td', {'class': 'row'}, [open])];
        if (c.name !== 'default') {
          cells[4].append(button('Delete', 'Delete collection ' + c.name, function () { deleteCollection(c.name); },
            'danger'));
        }
        return el('tr', c.name === selected ? {'class': 'selected', 'aria-current': 'true'} : {}, cells);
      });
      $('collections').querySelector('tbody').replaceChildren.apply($('collections').querySelector('tbody'), rows);
      if (!(body.collections || []).some(function (c) { return c.name === selected; })) {
        selected = 'default';
      }
      return refreshDocuments();
    }).catch(fail);
  }

  function select(name) {
    selected = name;
    clearError();
    $('answer').replaceChildren();
    refreshCollections();
  }

  function deleteCollection(name) {
    if (!window.confirm('Delete the collection ' + name + ' and all its documents?')) {
      return;
    }
    api('DELETE', path(name)).then(function () {
      say('Collection ' + name + ' deleted.');
      if (selected === name) {
        selected = 'default';
      }
      refreshCollections();
    }).catch(fail);
  }

  $('create-collection').addEventListener('submit', function (event) {
    event.preventDefault();
    var name = $('collection-name').value.trim();
    api('POST', '/api/collections', {name: name}).then(function () {
      $('collection-name').value = '';
      say('Collection ' + name + ' created.');
      select(name);
    }).catch(fail);
  });

  // Documents

  function size(bytes) {
    return bytes < 1024 ? bytes + ' B' : bytes < 1048576 ? Math.round(bytes / 1024) + ' KB'
      : (bytes / 1048576).toFixed(1) + ' MB';
  }

  function refreshDocuments() {
    var seeds = selected === 'default';
    $('documents-title').textContent = 'Documents in ' + selected;
    $('upload').hidden = seeds;
    $('seeds-note').hidden = !seeds;
    $('reindex').hidden = !seeds;
    $('ask-title').textContent = 'Ask ' + selected;
    return api('GET', path(selected) + '/documents').then(function (body) {
      var docs = body.documents || [];
      var rows = docs.map(function (d) {
        var status = el('td', {}, [d.status]);
        if (d.reason) {
          status.append(el('span', {'class': 'reason'}, [d.reason]));
        }
        var actions = el('td', {});
        if (!seeds) {
          actions.append(button('Delete', 'Delete ' + d.name, function () { deleteDocument(d); }, 'danger'));
        }
        return el('tr', {}, [el('td', {}, [d.name]), status, el('td', {}, [size(d.size_bytes)]), actions]);
      });
      if (!rows.length) {
        rows = [el('tr', {}, [el('td', {colspan: '4'}, ['No documents yet.'])])];
      }
      var tbody = $('documents').querySelector('tbody');
      tbody.replaceChildren.apply(tbody, rows);
      // Once the last file is ready, one more look: the collection's counts come from its new index.
      var busy = docs.some(function (d) { return BUSY.indexOf(d.status) >= 0; });
      if (busy || wasBusy) {
        schedulePoll();
      }
      wasBusy = busy;
    });
  }

  function schedulePoll() {
    stopPolling();
    polling = setTimeout(function () {
      polling = null;
      refreshCollections();
    }, 1000);
  }

  function stopPolling() {
    if (polling) {
      clearTimeout(polling);
      polling = null;
    }
  }

  function deleteDocument(d) {
    if (!window.confirm('Delete ' + d.name + '? Answers stop citing it at once.')) {
      return;
    }
    api('DELETE', path(selected) + '/documents/' + encodeURIComponent(d.id)).then(function () {
      say(d.name + ' deleted.');
      refreshCollections();
    }).catch(fail);
  }

  $('reindex').addEventListener('click', function () {
    say('Re-indexing the seeds folder…');
    api('POST', '/api/admin/reindex').then(function (report) {
      say('Re-indexed: ' + report.documents + ' documents, ' + report.passages + ' passages, '
        + report.failed.length + ' failed.');
      refreshCollections();
    }).catch(fail);
  });

  // Upload: XMLHttpRequest, since fetch cannot report an upload's progress.

  function upload(files) {
    if (!files.length || selected === 'default') {
      return;
    }
    clearError();
    var form = new FormData();
    Array.prototype.forEach.call(files, function (file) { form.append('file', file, file.name); });
    var request = new XMLHttpRequest();
    request.open('POST', path(selected) + '/documents');
    request.setRequestHeader('Authorization', 'Bearer ' + key());
    $('progress-row').hidden = false;
    $('upload-progress').value = 0;
    request.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        $('upload-progress').value = Math.round(100 * event.loaded / event.total);
      }
    });
    request.addEventListener('load', function () {
      $('progress-row').hidden = true;
      var body = null;
      try { body = JSON.parse(request.responseText); } catch (ignored) { /* said below */ }
      if (request.status !== 202) {
        fail(problem(request.status, body));
        if (request.status === 401) {
          signOut();
        }
        return;
      }
      say('Uploaded ' + files.length + (files.length === 1 ? ' file' : ' files') + '; indexing.');
      refreshCollections();
    });
    request.addEventListener('error', function () {
      $('progress-row').hidden = true;
      fail(new Error('The upload did not reach the server.'));
    });
    say('Uploading ' + files.length + (files.length === 1 ? ' file…' : ' files…'));
    request.send(form);
  }

  $('files').addEventListener('change', function () {
    upload(Array.prototype.slice.call($('files').files));
    $('files').value = '';
  });
  var zone = $('upload');
  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.add('over');
    });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function () { zone.classList.remove('over'); });
  });
  zone.addEventListener('drop', function (event) {
    event.preventDefault();
    upload(Array.prototype.slice.call(event.dataTransfer.files));
  });

  // Ask

  function sources(citations) {
    return el('ol', {'class': 'sources'}, citations.map(function (c) {
      return el('li', {value: String(c.n)}, [el('span', {'class': 'meta'}, [(c.title || c.path) + ' (' + c.path + ')']),
        el('blockquote', {}, [c.quote])]);
    }));
  }

  $('ask').addEventListener('submit', function (event) {
    event.preventDefault();
    clearError();
    var question = $('question').value.trim();
    $('answer').replaceChildren(el('p', {}, ['Asking…']));
    api('POST', '/api/ask', {question: question, collection: selected}).then(function (body) {
      $('answer').replaceChildren(el('p', {'class': 'reply'}, [body.answer]), sources(body.citations || []));
    }).catch(function (error) {
      $('answer').replaceChildren();
      fail(error);
    });
  });

  // Feedback

  function refreshFeedback() {
    return api('GET', '/api/feedback?limit=50').then(function (body) {
      var items = (body.feedback || []).map(function (f) {
        return el('li', {}, [
          el('p', {'class': 'meta'}, [(f.rating === 'up' ? 'Helpful' : 'Not helpful') + ' · ' + f.source + ' · '
            + (f.collection || 'default') + ' · '
            + new Date(f.at).toLocaleString()]),
          el('p', {}, [el('strong', {}, ['Q: ']), f.question]),
          el('p', {}, [el('strong', {}, ['A: ']), f.answer]),
          f.comment ? el('p', {}, [el('strong', {}, ['Comment: ']), f.comment]) : '',
          sources(f.citations || [])]);
      });
      if (!items.length) {
        items = [el('li', {}, ['No feedback yet.'])];
      }
      $('feedback').replaceChildren.apply($('feedback'), items);
    }).catch(fail);
  }
  $('refresh-feedback').addEventListener('click', refreshFeedback);

  if (key()) {
    start().catch(function (error) {
      fail(error);
      signOut();
    });
  } else {
    showConsole(false);
  }
});
