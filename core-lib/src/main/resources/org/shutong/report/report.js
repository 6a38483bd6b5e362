/* Shutong HTML report: filters, sorts and pages the findings embedded as JSON. No network, no
   innerHTML: every value from the data goes into the page as text. */
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var L = JSON.parse($('shutong-labels').textContent);
  var data = JSON.parse($('shutong-findings').textContent);
  var rows = data.rows;
  var body = $('findings-body');
  if (body === null) {
    // no findings: nothing to filter
    document.body.setAttribute('data-ready', 'true');
    return;
  }
  var SEV = ['error', 'warning', 'info'];
  var state = { text: '', sev: -1, rule: -1, field: -1, col: null, dir: 1, page: 0, size: 100 };
  var view = [];
  var hay = null;
  var nf = new Intl.NumberFormat(L.locale);

  function haystack(i) {
    if (hay === null) { hay = new Array(rows.length); }
    var h = hay[i];
    if (h === undefined) {
      var r = rows[i];
      h = [data.rules[r[0]], r[2] >= 0 ? data.files[r[2]] : '', r[3], r[4],
        r[5] >= 0 ? data.fields[r[5]] : '', r[6] === null ? '' : r[6], r[7]].join('\u0001').toLowerCase();
      hay[i] = h;
    }
    return h;
  }

  var KEYS = {
    sev: function (r) { return r[1]; },
    rule: function (r) { return data.rules[r[0]]; },
    file: function (r) { return r[2] >= 0 ? data.files[r[2]] : ''; },
    record: function (r) { return r[3]; },
    line: function (r) { return r[4]; },
    field: function (r) { return r[5] >= 0 ? data.fields[r[5]] : ''; },
    value: function (r) { return r[6] === null ? '' : r[6]; },
    message: function (r) { return r[7]; }
  };

  function compute() {
    var out = [];
    var q = state.text.trim().toLowerCase();
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      if (state.sev >= 0 && r[1] !== state.sev) { continue; }
      if (state.rule >= 0 && r[0] !== state.rule) { continue; }
      if (state.field >= 0 && r[5] !== state.field) { continue; }
      if (q && haystack(i).indexOf(q) < 0) { continue; }
      out.push(i);
    }
    if (state.col !== null) {
      var key = KEYS[state.col];
      var dir = state.dir;
      out.sort(function (a, b) {
        var ka = key(rows[a]);
        var kb = key(rows[b]);
        if (ka < kb) { return -dir; }
        if (ka > kb) { return dir; }
        return a - b;
      });
    }
    view = out;
  }

  function cell(tr, text, cls) {
    var td = document.createElement('td');
    td.textContent = text;
    if (cls) { td.className = cls; }
    tr.appendChild(td);
  }

  var hasFile = document.querySelector('#findings-table th[data-col="file"]') !== null;

  function render() {
    var pages = Math.max(1, Math.ceil(view.length / state.size));
    if (state.page >= pages) { state.page = pages - 1; }
    var start = state.page * state.size;
    var end = Math.min(view.length, start + state.size);
    var frag = document.createDocumentFragment();
    for (var k = start; k < end; k++) {
      var r = rows[view[k]];
      var tr = document.createElement('tr');
      cell(tr, L.severity[r[1]], 'sev-' + SEV[r[1]]);
      cell(tr, data.rules[r[0]], 'rule');
      if (hasFile) { cell(tr, r[2] >= 0 ? data.files[r[2]] : ''); }
      cell(tr, r[3] > 0 ? String(r[3]) : '', 'num');
      cell(tr, r[4] > 0 ? String(r[4]) : '', 'num');
      cell(tr, r[5] >= 0 ? data.fields[r[5]] : '');
      cell(tr, r[6] === null ? '' : r[6], 'value');
      cell(tr, r[7]);
      frag.appendChild(tr);
    }
    if (view.length === 0) {
      var empty = document.createElement('tr');
      var td = document.createElement('td');
      td.colSpan = hasFile ? 8 : 7;
      td.className = 'empty';
      td.textContent = L.noMatch;
      empty.appendChild(td);
      frag.appendChild(empty);
    }
    while (body.firstChild) { body.removeChild(body.firstChild); }
    body.appendChild(frag);
    $('f-count').textContent = nf.format(view.length);
    $('f-page').textContent = L.page.replace('{0}', nf.format(state.page + 1)).replace('{1}', nf.format(pages));
    $('f-prev').disabled = state.page === 0;
    $('f-next').disabled = state.page >= pages - 1;
    var ths = document.querySelectorAll('#findings-table th[data-col]');
    for (var i = 0; i < ths.length; i++) {
      var c = ths[i].getAttribute('data-col');
      ths[i].setAttribute('aria-sort', c === state.col ? (state.dir > 0 ? 'ascending' : 'descending') : 'none');
    }
  }

  function update() { state.page = 0; compute(); render(); }
  function intOf(v) { return v === '' ? -1 : parseInt(v, 10); }

  var timer = null;
  $('f-text').addEventListener('input', function (e) {
    state.text = e.target.value;
    if (timer !== null) { clearTimeout(timer); }
    timer = setTimeout(update, rows.length > 20000 ? 200 : 60);
  });
  $('f-sev').addEventListener('change', function (e) { state.sev = intOf(e.target.value); update(); });
  $('f-rule').addEventListener('change', function (e) { state.rule = intOf(e.target.value); update(); });
  $('f-field').addEventListener('change', function (e) { state.field = intOf(e.target.value); update(); });
  $('f-size').addEventListener('change', function (e) { state.size = parseInt(e.target.value, 10); update(); });
  $('f-prev').addEventListener('click', function () { state.page--; render(); });
  $('f-next').addEventListener('click', function () { state.page++; render(); });
  $('f-reset').addEventListener('click', function () {
    state.text = ''; state.sev = -1; state.rule = -1; state.field = -1; state.col = null; state.dir = 1;
    $('f-text').value = ''; $('f-sev').value = ''; $('f-rule').value = ''; $('f-field').value = '';
    update();
  });

  function sortBy(col) {
    if (state.col === col) { state.dir = -state.dir; } else { state.col = col; state.dir = 1; }
    update();
  }
  var heads = document.querySelectorAll('#findings-table th[data-col]');
  for (var h = 0; h < heads.length; h++) {
    (function (th) {
      th.addEventListener('click', function () { sortBy(th.getAttribute('data-col')); });
      th.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(th.getAttribute('data-col')); }
      });
    })(heads[h]);
  }

  function activate(el, fn) {
    el.addEventListener('click', fn);
    el.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); fn(); }
    });
  }
  function showTable() { $('findings').scrollIntoView({ behavior: 'smooth', block: 'start' }); }

  var bars = document.querySelectorAll('g.bar[data-filter]');
  for (var b = 0; b < bars.length; b++) {
    (function (g) {
      activate(g, function () {
        var idx = g.getAttribute('data-index');
        if (g.getAttribute('data-filter') === 'rule') {
          $('f-rule').value = idx; state.rule = intOf(idx);
        } else {
          $('f-field').value = idx; state.field = intOf(idx);
        }
        update();
        showTable();
      });
    })(bars[b]);
  }
  var cards = document.querySelectorAll('.card[data-sev]');
  for (var c = 0; c < cards.length; c++) {
    (function (card) {
      activate(card, function () {
        var v = card.getAttribute('data-sev');
        $('f-sev').value = v; state.sev = intOf(v);
        update();
        showTable();
      });
    })(cards[c]);
  }

  update();
  document.body.setAttribute('data-ready', 'true');
})();
