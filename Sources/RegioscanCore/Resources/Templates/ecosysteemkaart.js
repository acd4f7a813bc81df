/* Ecosysteemkaart: filters with counts, summary, heat map, results, learning circles and CSV export.
   Plain JavaScript without libraries; the data is the JSON in #kaart-data, the texts are the JSON in #kaart-teksten.
   Filtering is one pass over the activities: an activity that fails no filter counts for every facet, one that
   fails exactly one filter counts only for that facet ("counts under the other filters"). */
(function () {
  'use strict';
  var T = JSON.parse(document.getElementById('kaart-teksten').textContent);
  var D = JSON.parse(document.getElementById('kaart-data').textContent);
  var S = D.s, INI = D.initiatieven, ROWS = D.activiteiten, N = ROWS.length, CIRCLES = D.leerkringen;
  var ROLES = ['initiatiefnemer', 'financier', 'uitvoerder'];
  var FIRST_FACET_COLUMN = 8, PAGE = 20;
  var collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  var number = new Intl.NumberFormat('nl-NL');

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (match, key) { return key in values ? values[key] : match; });
  }
  function fold(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    for (var name in attributes || {}) node.setAttribute(name, attributes[name]);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function byId(id) { return document.getElementById(id); }

  /* ---- Data: one column of value-index arrays per facet ---- */
  var facets = D.facetten.map(function (spec) {
    var labels = spec.aanbieder ? D.aanbieders.slice() : (spec.waarden ? spec.waarden.slice() : T.jaNee.slice());
    if (spec.aanbieder || 'leeg' in spec) labels.push(spec.leeg || T.nietIngevuld);
    var index = {};
    labels.forEach(function (label, value) { index[label] = value; });
    return { key: spec.sleutel, title: spec.titel || T.facetten[spec.sleutel] || spec.sleutel, labels: labels,
      index: index, searchable: !!spec.zoeken, providers: !!spec.aanbieder, want: new Uint8Array(labels.length),
      chosen: 0, items: [], shownCounts: null };
  });
  var facetByKey = {};
  facets.forEach(function (facet, k) { facetByKey[facet.key] = k; });
  var columns = [], providerFacet = -1, nextColumn = FIRST_FACET_COLUMN;
  facets.forEach(function (facet, k) {
    if (facet.providers) { providerFacet = k; columns.push(null); return; }
    var singles = facet.labels.map(function (label, value) { return [value]; });
    var column = new Array(N), position = nextColumn++;
    for (var i = 0; i < N; i++) {
      var value = ROWS[i][position];
      column[i] = typeof value === 'number' ? singles[value] : value;
    }
    columns.push(column);
  });
  var noProvider = [D.aanbieders.length];
  var roleColumns = ROLES.map(function (role, r) {
    var column = new Array(N);
    for (var i = 0; i < N; i++) column[i] = ROWS[i][5 + r].length ? ROWS[i][5 + r] : noProvider;
    return column;
  });
  var anyRoleColumn = new Array(N);
  for (var i = 0; i < N; i++) {
    var all = ROWS[i][5].concat(ROWS[i][6], ROWS[i][7]).sort(function (a, b) { return a - b; });
    anyRoleColumn[i] = all.length ? all.filter(function (v, p) { return p === 0 || all[p - 1] !== v; }) : noProvider;
  }
  var typeFacet = facetByKey.type, groupFacet = facetByKey.knelpuntgroep, provinceFacet = facetByKey.provincie;

  var activitiesOf = INI.map(function () { return []; });
  ROWS.forEach(function (row, i) { activitiesOf[row[0]].push(i); });
  var rank = new Array(INI.length);
  INI.map(function (initiative, index) { return index; })
    .sort(function (a, b) { return collator.compare(INI[a][1], INI[b][1]) || collator.compare(INI[a][0], INI[b][0]); })
    .forEach(function (index, position) { rank[index] = position; });
  var haystack = null;
  function buildHaystack() {
    haystack = new Array(N);
    for (var i = 0; i < N; i++) {
      var row = ROWS[i];
      haystack[i] = fold(INI[row[0]][1] + '\n' + S[row[1]] + '\n' + S[row[2]]);
    }
  }

  /* ---- State ---- */
  var state = { search: '', role: 'alle', tab: 'kaart', circle: -1, shown: PAGE };
  var result = null, lastHash = null, printing = false;

  function setRole(role) {
    state.role = ROLES.indexOf(role) >= 0 ? role : 'alle';
    if (providerFacet >= 0) {
      columns[providerFacet] = state.role === 'alle' ? anyRoleColumn : roleColumns[ROLES.indexOf(state.role)];
    }
  }
  function choose(k, value, on) {
    var facet = facets[k];
    if (!!facet.want[value] === on) return;
    facet.want[value] = on ? 1 : 0;
    facet.chosen += on ? 1 : -1;
  }
  function clearFilters() {
    facets.forEach(function (facet, k) { facet.labels.forEach(function (label, v) { choose(k, v, false); }); });
    state.search = '';
    state.circle = -1;
    setRole('alle');
  }

  /* ---- Filtering ---- */
  function compute() {
    var words = fold(state.search).split(/\s+/).filter(Boolean);
    if (words.length && !haystack) buildHaystack();
    var active = [];
    facets.forEach(function (facet, k) { if (facet.chosen) active.push(k); });
    var counts = facets.map(function (facet) { return new Int32Array(facet.labels.length); });
    var inCircle = null;
    if (state.circle >= 0) {
      inCircle = new Uint8Array(INI.length);
      CIRCLES[state.circle].initiatieven.forEach(function (index) { inCircle[index] = 1; });
    }
    var matched = [], F = facets.length;
    for (var i = 0; i < N; i++) {
      if (inCircle && !inCircle[ROWS[i][0]]) continue;
      if (words.length) {
        var text = haystack[i], found = true;
        for (var w = 0; w < words.length; w++) if (text.indexOf(words[w]) < 0) { found = false; break; }
        if (!found) continue;
      }
      var fails = 0, failed = -1;
      for (var a = 0; a < active.length; a++) {
        var k = active[a], values = columns[k][i], want = facets[k].want, hit = false;
        for (var j = 0; j < values.length; j++) if (want[values[j]]) { hit = true; break; }
        if (!hit) { fails++; failed = k; if (fails > 1) break; }
      }
      if (fails === 0) {
        matched.push(i);
        for (var f = 0; f < F; f++) {
          var vs = columns[f][i], count = counts[f];
          for (var v = 0; v < vs.length; v++) count[vs[v]]++;
        }
      } else if (fails === 1) {
        var failedValues = columns[failed][i], failedCount = counts[failed];
        for (var x = 0; x < failedValues.length; x++) failedCount[failedValues[x]]++;
      }
    }
    return { matched: matched, counts: counts };
  }

  /* ---- Facets ---- */
  var facetsRoot = byId('facetten');
  function buildFacets() {
    facets.forEach(function (facet, k) {
      var details = el('details', { 'class': 'facet', id: 'facet-' + facet.key });
      if (k === provinceFacet || k === typeFacet || k === groupFacet) details.open = true;
      var summary = el('summary');
      summary.appendChild(el('span', {}, facet.title));
      facet.badge = el('span', { 'class': 'gekozen' });
      summary.appendChild(facet.badge);
      details.appendChild(summary);
      var fieldset = el('fieldset');
      fieldset.appendChild(el('legend', { 'class': 'verborgen' }, facet.title));
      if (facet.providers) {
        var roleLabel = el('label', { 'for': 'rol-aanbieder' }, T.rolLabel);
        var select = el('select', { id: 'rol-aanbieder', name: 'rol' });
        ['alle'].concat(ROLES).forEach(function (role) { select.appendChild(el('option', { value: role }, T.rollen[role])); });
        select.addEventListener('change', function () { setRole(select.value); update(); });
        fieldset.appendChild(roleLabel);
        fieldset.appendChild(select);
      }
      if (facet.searchable) {
        var searchId = 'zoek-' + facet.key;
        fieldset.appendChild(el('label', { 'for': searchId, 'class': 'verborgen' }, T.zoekIn + ' ' + facet.title));
        facet.search = el('input', { type: 'search', id: searchId, 'class': 'facet-zoek', placeholder: T.zoekIn + ' ' + facet.title.toLowerCase(), autocomplete: 'off' });
        facet.search.addEventListener('input', function () { showFacetValues(facet); });
        fieldset.appendChild(facet.search);
      }
      var list = el('ul', { 'class': 'waarden' + (facet.searchable ? ' lang' : '') });
      var order = facet.labels.map(function (label, v) { return v; });
      var empty = facet.labels.length - 1;
      if (facet.searchable) {
        order.sort(function (a, b) {
          var ae = facet.providers && a === empty, be = facet.providers && b === empty;
          return ae !== be ? (ae ? 1 : -1) : collator.compare(facet.labels[a], facet.labels[b]);
        });
      }
      order.forEach(function (v) {
        var item = el('li'), label = el('label');
        var box = el('input', { type: 'checkbox', name: facet.key, value: String(v) });
        box.addEventListener('change', function () { choose(k, v, box.checked); update(); });
        label.appendChild(box);
        label.appendChild(el('span', { 'class': 'waarde' }, facet.labels[v]));
        var count = el('span', { 'class': 'aantal' }, '0');
        label.appendChild(count);
        item.appendChild(label);
        list.appendChild(item);
        facet.items[v] = { item: item, box: box, count: count, folded: fold(facet.labels[v]) };
      });
      fieldset.appendChild(list);
      details.appendChild(fieldset);
      facetsRoot.appendChild(details);
    });
  }
  function showFacetValues(facet) {
    var query = facet.search ? fold(facet.search.value.trim()) : '';
    facet.items.forEach(function (entry, v) {
      var n = facet.shownCounts ? facet.shownCounts[v] : 1;
      var visible = facet.want[v] || ((!facet.searchable || n > 0) && (!query || entry.folded.indexOf(query) >= 0));
      if (entry.item.hidden === visible) entry.item.hidden = !visible;
    });
  }
  function renderFacets(counts) {
    facets.forEach(function (facet, k) {
      var count = counts[k], previous = facet.shownCounts;
      facet.items.forEach(function (entry, v) {
        if (!previous || previous[v] !== count[v]) {
          entry.count.textContent = number.format(count[v]);
          entry.item.className = count[v] ? '' : 'nul';
        }
        if (entry.box.checked !== !!facet.want[v]) entry.box.checked = !!facet.want[v];
      });
      facet.shownCounts = count;
      facet.badge.textContent = facet.chosen ? ' (' + facet.chosen + ')' : '';
      showFacetValues(facet);
    });
    var select = byId('rol-aanbieder');
    if (select && select.value !== state.role) select.value = state.role;
    var search = byId('zoekterm');
    if (search.value !== state.search) search.value = state.search;
  }

  /* ---- Summary, heat map ---- */
  function bars(listId, facet) {
    var list = byId(listId), rows = [];
    facet.labels.forEach(function (label) {
      var item = el('li'), fillBar = el('span', { 'class': 'vulling' }), count = el('span', { 'class': 'getal' });
      item.appendChild(el('span', { 'class': 'naam' }, label));
      var bar = el('span', { 'class': 'staaf', 'aria-hidden': 'true' });
      bar.appendChild(fillBar);
      item.appendChild(bar);
      item.appendChild(count);
      list.appendChild(item);
      rows.push({ fill: fillBar, count: count });
    });
    return rows;
  }
  var typeBars = null, groupBars = null, heatCells = [];
  function buildHeatMap() {
    var table = el('table', { 'class': 'warmtekaart' });
    table.appendChild(el('caption', { 'class': 'verborgen' }, T.matrixBijschrift));
    var head = el('thead'), headRow = el('tr');
    headRow.appendChild(el('th', { scope: 'col' }, T.matrixType));
    facets[groupFacet].labels.forEach(function (label) { headRow.appendChild(el('th', { scope: 'col' }, label)); });
    head.appendChild(headRow);
    table.appendChild(head);
    var body = el('tbody');
    facets[typeFacet].labels.forEach(function (typeLabel, t) {
      var row = el('tr');
      row.appendChild(el('th', { scope: 'row' }, typeLabel));
      heatCells[t] = [];
      facets[groupFacet].labels.forEach(function (groupLabel, g) {
        var cell = el('td'), button = el('button', { type: 'button', 'class': 'cel' }, '0');
        button.addEventListener('click', function () { focusCell(t, g); });
        cell.appendChild(button);
        row.appendChild(cell);
        heatCells[t][g] = button;
      });
      body.appendChild(row);
    });
    table.appendChild(body);
    byId('warmtekaart').appendChild(table);
  }
  function focusCell(t, g) {
    [typeFacet, groupFacet].forEach(function (k) {
      facets[k].labels.forEach(function (label, v) { choose(k, v, false); });
    });
    choose(typeFacet, t, true);
    choose(groupFacet, g, true);
    update();
  }
  function renderSummary(matched) {
    var types = new Int32Array(facets[typeFacet].labels.length), groups = new Int32Array(facets[groupFacet].labels.length);
    var cells = types.length * groups.length, heat = new Int32Array(cells), heatInitiatives = [];
    for (var c = 0; c < cells; c++) heatInitiatives.push(new Set());
    var initiatives = new Set(), reach = 0, known = 0;
    matched.forEach(function (i) {
      var row = ROWS[i], t = columns[typeFacet][i][0], gs = columns[groupFacet][i];
      initiatives.add(row[0]);
      if (row[4] !== null) { reach += row[4]; known++; }
      types[t]++;
      for (var j = 0; j < gs.length; j++) {
        groups[gs[j]]++;
        heat[t * groups.length + gs[j]]++;
        heatInitiatives[t * groups.length + gs[j]].add(row[0]);
      }
    });
    byId('aantal-activiteiten').textContent = number.format(matched.length);
    byId('aantal-initiatieven').textContent = number.format(initiatives.size);
    byId('bekend-bereik').textContent = number.format(reach);
    byId('bereik-uitleg').textContent = fill(T.bereikUitleg, { bekend: number.format(known), activiteiten: number.format(matched.length) });
    byId('status').textContent = matched.length
      ? fill(T.status, { activiteiten: number.format(matched.length), initiatieven: number.format(initiatives.size) })
      : T.statusGeen;
    [[typeBars, types], [groupBars, groups]].forEach(function (pair) {
      var max = Math.max.apply(null, Array.prototype.slice.call(pair[1]).concat([1]));
      pair[0].forEach(function (bar, v) {
        bar.fill.style.width = (100 * pair[1][v] / max).toFixed(1) + '%';
        bar.count.textContent = number.format(pair[1][v]);
      });
    });
    var most = Math.max.apply(null, Array.prototype.slice.call(heat).concat([1]));
    heatCells.forEach(function (row, t) {
      row.forEach(function (button, g) {
        var n = heat[t * groups.length + g], share = n / most;
        button.textContent = number.format(n);
        button.className = 'cel' + (n ? '' : ' leeg') + (share > 0.55 ? ' donker' : '');
        button.style.backgroundColor = n ? 'rgba(0, 82, 147, ' + (0.08 + 0.92 * share).toFixed(3) + ')' : '';
        button.setAttribute('aria-label', fill(T.matrixCel, { type: facets[typeFacet].labels[t], groep: facets[groupFacet].labels[g],
          activiteiten: number.format(n), initiatieven: number.format(heatInitiatives[t * groups.length + g].size) }));
      });
    });
    return initiatives.size;
  }

  function renderActiveFilters() {
    var root = byId('actieve-filters');
    root.textContent = '';
    var chips = [];
    facets.forEach(function (facet, k) {
      facet.labels.forEach(function (label, v) {
        if (facet.want[v]) chips.push([facet.title + ': ' + label, function () { choose(k, v, false); }]);
      });
    });
    if (state.search) chips.push([T.zoekterm + ': ' + state.search, function () { state.search = ''; }]);
    if (state.circle >= 0) chips.push([T.leerkring + ': ' + CIRCLES[state.circle].naam, function () { state.circle = -1; }]);
    if (state.role !== 'alle') chips.push([T.rolLabel + ': ' + T.rollen[state.role], function () { setRole('alle'); }]);
    if (!chips.length) { root.appendChild(el('p', { 'class': 'uitleg' }, T.geenFilters)); return; }
    var list = el('ul');
    chips.forEach(function (chip) {
      var item = el('li'), button = el('button', { type: 'button', 'class': 'chip', 'aria-label': T.filterVerwijderen + ' ' + chip[0] });
      button.appendChild(el('span', {}, chip[0]));
      button.appendChild(el('span', { 'aria-hidden': 'true', 'class': 'kruis' }, ' ×'));
      button.addEventListener('click', function () { chip[1](); update(); byId('zoekterm').focus(); });
      item.appendChild(button);
      list.appendChild(item);
    });
    root.appendChild(list);
  }

  /* ---- Results ---- */
  function labelsOf(k, i) {
    return columns[k][i].map(function (v) { return facets[k].labels[v]; }).join(', ');
  }
  function providerNames(list) {
    return list.map(function (p) { return D.aanbieders[p]; }).join(', ');
  }
  function websiteLink(address) {
    if (!address) return null;
    var href = /^https?:\/\//i.test(address) ? address : (/^www\./i.test(address) ? 'https://' + address : null);
    if (!href) return el('span', {}, address);
    return el('a', { href: href, rel: 'noopener noreferrer' }, address);
  }
  function provincesOf(activities) {
    var seen = {}, names = [];
    activities.forEach(function (i) {
      var v = columns[provinceFacet][i][0];
      if (!seen[v]) { seen[v] = true; names.push(v); }
    });
    return names.sort(function (a, b) { return a - b; }).map(function (v) { return facets[provinceFacet].labels[v]; });
  }
  function activityItem(i) {
    var row = ROWS[i], item = el('li', { 'class': 'activiteit' });
    item.appendChild(el('h4', {}, S[row[1]]));
    if (S[row[2]]) item.appendChild(el('p', { 'class': 'toelichting' }, S[row[2]]));
    var list = el('dl', { 'class': 'kenmerken' });
    function add(term, value) {
      if (!value) return;
      var pair = el('div');
      pair.appendChild(el('dt', {}, term));
      pair.appendChild(el('dd', {}, value));
      list.appendChild(pair);
    }
    facets.forEach(function (facet, k) { if (!facet.providers) add(facet.title, labelsOf(k, i)); });
    ROLES.forEach(function (role, r) { add(T.rolKoppen[role], providerNames(row[5 + r])); });
    add(T.geografie, S[row[3]]);
    add(T.bereik, row[4] === null ? T.bereikOnbekend : number.format(row[4]));
    item.appendChild(list);
    return item;
  }
  function initiativeCard(index, activities) {
    var initiative = INI[index], card = el('article', { 'class': 'initiatief' });
    // The browser lays out only the cards on screen (set here: the HTML checker does not know these properties yet),
    // with a guessed size for the others. Printing lays out every card.
    if (!printing) {
      card.style.contentVisibility = 'auto';
      card.style.containIntrinsicSize = 'auto ' + (6 + 9 * activities.length) + 'rem';
    }
    card.appendChild(el('h3', {}, initiative[1]));
    var meta = el('p', { 'class': 'meta' });
    meta.appendChild(el('span', {}, initiative[0]));
    meta.appendChild(document.createTextNode(' · ' + provincesOf(activitiesOf[index]).join(', ')));
    var link = websiteLink(initiative[2]);
    if (link) { meta.appendChild(document.createTextNode(' · ')); meta.appendChild(link); }
    card.appendChild(meta);
    var list = el('ul', { 'class': 'activiteiten' });
    activities.forEach(function (i) { list.appendChild(activityItem(i)); });
    card.appendChild(list);
    return card;
  }
  function groupedResults(matched) {
    var byInitiative = new Map();
    matched.forEach(function (i) {
      var index = ROWS[i][0];
      if (!byInitiative.has(index)) byInitiative.set(index, []);
      byInitiative.get(index).push(i);
    });
    var order = Array.from(byInitiative.keys()).sort(function (a, b) { return rank[a] - rank[b]; });
    return { order: order, activities: byInitiative };
  }
  function renderResults() {
    var groups = result.groups, root = byId('resultatenlijst');
    root.textContent = '';
    var shown = Math.min(state.shown, groups.order.length), fragment = document.createDocumentFragment();
    for (var p = 0; p < shown; p++) {
      var index = groups.order[p];
      fragment.appendChild(initiativeCard(index, groups.activities.get(index)));
    }
    root.appendChild(fragment);
    byId('resultaten-aantal').textContent = fill(T.resultatenAantal, { getoond: number.format(shown), initiatieven: number.format(groups.order.length) });
    byId('toon-meer').hidden = shown >= groups.order.length;
  }

  /* ---- Learning circles ---- */
  function buildCircles() {
    var root = byId('leerkringenlijst');
    byId('tab-leerkringen').textContent = fill(T.leerkringenTab, { aantal: CIRCLES.length });
    if (!CIRCLES.length) { root.appendChild(el('p', { 'class': 'leeg-bericht' }, T.geenLeerkringen)); return; }
    CIRCLES.forEach(function (circle, c) {
      var card = el('article', { 'class': 'leerkring' });
      card.appendChild(el('h3', {}, circle.naam));
      card.appendChild(el('p', {}, circle.omschrijving));
      var provinces = {};
      var list = el('ul');
      circle.initiatieven.slice().sort(function (a, b) { return rank[a] - rank[b]; }).forEach(function (index) {
        var names = provincesOf(activitiesOf[index]);
        names.forEach(function (name) { provinces[name] = true; });
        list.appendChild(el('li', {}, INI[index][1] + ' (' + names.join(', ') + ')'));
      });
      card.appendChild(el('p', { 'class': 'uitleg' }, fill(T.leerkringInitiatieven, { aantal: circle.initiatieven.length, provincies: Object.keys(provinces).length })));
      card.appendChild(list);
      var button = el('button', { type: 'button', 'class': 'knop secundair' }, T.toonLeerkring);
      button.addEventListener('click', function () { state.circle = c; setTab('kaart'); update(); byId('resultaten-kop').focus(); });
      card.appendChild(button);
      root.appendChild(card);
    });
  }

  /* ---- Tabs ---- */
  var tabs = ['kaart', 'leerkringen'];
  function setTab(name, focus) {
    state.tab = tabs.indexOf(name) >= 0 ? name : 'kaart';
    tabs.forEach(function (tab) {
      var button = byId('tab-' + tab), selected = tab === state.tab;
      button.setAttribute('aria-selected', selected ? 'true' : 'false');
      button.tabIndex = selected ? 0 : -1;
      byId('paneel-' + tab).hidden = !selected;
      if (selected && focus) button.focus();
    });
  }
  tabs.forEach(function (tab, position) {
    var button = byId('tab-' + tab);
    button.addEventListener('click', function () { setTab(tab); writeHash(); });
    button.addEventListener('keydown', function (event) {
      var next = { ArrowRight: position + 1, ArrowLeft: position - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      setTab(tabs[(next + tabs.length) % tabs.length], true);
      writeHash();
    });
  });

  /* ---- URL fragment ---- */
  function stateHash() {
    var parts = [];
    facets.forEach(function (facet) {
      if (!facet.chosen) return;
      var values = [];
      facet.labels.forEach(function (label, v) { if (facet.want[v]) values.push(encodeURIComponent(label)); });
      parts.push(facet.key + '=' + values.join(','));
    });
    if (state.role !== 'alle') parts.push('rol=' + state.role);
    if (state.search) parts.push('zoek=' + encodeURIComponent(state.search));
    if (state.circle >= 0) parts.push('leerkring=' + encodeURIComponent(CIRCLES[state.circle].naam));
    if (state.tab !== 'kaart') parts.push('tab=' + state.tab);
    return parts.length ? '#' + parts.join('&') : '';
  }
  // The fragment is written shortly after the last change: writing it costs more than filtering.
  var hashTimer = null;
  function scheduleHash() {
    clearTimeout(hashTimer);
    hashTimer = setTimeout(writeHash, 150);
  }
  function writeHash() {
    clearTimeout(hashTimer);
    var hash = stateHash();
    if (hash === (location.hash.length > 1 ? location.hash : '')) return;
    lastHash = hash;
    try {
      history.replaceState(null, '', location.href.split('#')[0] + hash);
    } catch (error) {
      location.hash = hash;
    }
  }
  function readHash() {
    clearFilters();
    state.tab = 'kaart';
    location.hash.replace(/^#/, '').split('&').forEach(function (part) {
      var split = part.indexOf('='), key = part.slice(0, split), value = part.slice(split + 1);
      if (split < 0) return;
      var decode = function (text) { try { return decodeURIComponent(text); } catch (error) { return ''; } };
      if (key === 'zoek') state.search = decode(value);
      else if (key === 'rol') setRole(value);
      else if (key === 'tab') state.tab = value;
      else if (key === 'leerkring') {
        var name = decode(value);
        state.circle = CIRCLES.findIndex(function (circle) { return circle.naam === name; });
      } else if (key in facetByKey) {
        var k = facetByKey[key];
        value.split(',').forEach(function (text) {
          var v = facets[k].index[decode(text)];
          if (v !== undefined) choose(k, v, true);
        });
      }
    });
    setTab(state.tab);
  }
  window.addEventListener('hashchange', function () {
    if (location.hash === lastHash || (location.hash.length <= 1 && lastHash === '')) return;
    readHash();
    lastHash = location.hash;
    update();
  });

  /* ---- Export ---- */
  function csvCell(value) {
    var text = String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return '"' + text.replace(/"/g, '""') + '"';
  }
  function exportSelection() {
    var heads = T.exportKoppen, groups = result.groups;
    var header = [heads.id, heads.initiatief, heads.activiteit];
    facets.forEach(function (facet) { if (!facet.providers) header.push(facet.title); });
    ROLES.forEach(function (role) { header.push(T.rolKoppen[role]); });
    header.push(heads.bereik, heads.geografie, heads.toelichting, heads.website);
    var lines = [header.map(csvCell).join(';')];
    groups.order.forEach(function (index) {
      groups.activities.get(index).forEach(function (i) {
        var row = ROWS[i], cells = [csvCell(INI[index][0]), csvCell(INI[index][1]), csvCell(S[row[1]])];
        facets.forEach(function (facet, k) {
          if (!facet.providers) cells.push(csvCell(columns[k][i].map(function (v) { return facet.labels[v]; }).join(' | ')));
        });
        ROLES.forEach(function (role, r) { cells.push(csvCell(row[5 + r].map(function (p) { return D.aanbieders[p]; }).join(' | '))); });
        cells.push(row[4] === null ? '' : String(row[4]), csvCell(S[row[3]]), csvCell(S[row[2]]), csvCell(INI[index][2]));
        lines.push(cells.join(';'));
      });
    });
    var blob = new Blob(['\uFEFF' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
    var link = el('a', { href: URL.createObjectURL(blob), download: fill(T.exportBestand, { jaar: D.jaar }) });
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  /* ---- Update ---- */
  function update(options) {
    var start = performance.now(), phases = {};
    function lap(name) { var now = performance.now(); phases[name] = now - start; start = now; }
    var computed = compute();
    result = { matched: computed.matched, groups: groupedResults(computed.matched) };
    state.shown = PAGE;
    lap('filteren');
    renderFacets(computed.counts);
    lap('facetten');
    renderSummary(computed.matched);
    renderActiveFilters();
    lap('samenvatting');
    renderResults();
    lap('resultaten');
    if (!options || options.hash !== false) scheduleHash();
    api.phases = phases;
  }
  var api = window.ecosysteemkaart = { phases: {}, activities: N, update: update };

  var searchTimer = null;
  byId('zoekterm').addEventListener('input', function (event) {
    clearTimeout(searchTimer);
    var apply = function () { state.search = event.target.value; update(); };
    if (N > 20000) searchTimer = setTimeout(apply, 250); else apply();
  });
  byId('filterformulier').addEventListener('submit', function (event) { event.preventDefault(); });
  byId('wis-filters').addEventListener('click', function () { clearFilters(); update(); });
  byId('toon-meer').addEventListener('click', function () {
    var first = state.shown;
    state.shown += PAGE;
    renderResults();
    var cards = byId('resultatenlijst').querySelectorAll('article h3');
    if (cards[first]) { cards[first].tabIndex = -1; cards[first].focus(); }
  });
  byId('exporteer').addEventListener('click', exportSelection);
  window.addEventListener('beforeprint', function () { printing = true; state.shown = Infinity; renderResults(); });
  window.addEventListener('afterprint', function () { printing = false; state.shown = PAGE; renderResults(); });
  window.addEventListener('pagehide', writeHash);

  buildFacets();
  typeBars = bars('verdeling-type', facets[typeFacet]);
  groupBars = bars('verdeling-knelpuntgroep', facets[groupFacet]);
  buildHeatMap();
  buildCircles();
  readHash();
  facets.forEach(function (facet) { if (facet.chosen) byId('facet-' + facet.key).open = true; });
  lastHash = location.hash.length > 1 ? location.hash : '';
  update({ hash: false });
})();
