// newskg explorer: reads the dataset only through its SPARQL endpoint; user text enters queries only through
// sparqlString(), which escapes it per the SPARQL grammar (STRING_LITERAL2 with ECHAR escapes).
(function () {
  'use strict';
  var ENDPOINT = '/newskg/sparql';
  var PREFIXES = [
    'PREFIX nkg: <https://w3id.org/newskg/ontology#>',
    'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>',
    'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>',
    'PREFIX prov: <http://www.w3.org/ns/prov#>',
    'PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>',
    'PREFIX org: <http://www.w3.org/ns/org#>',
    'PREFIX schema: <https://schema.org/>', ''].join('\n');
  var TYPES = {
    'https://w3id.org/newskg/ontology#Person': 'person',
    'https://w3id.org/newskg/ontology#Country': 'country',
    'https://w3id.org/newskg/ontology#Organization': 'organization'
  };

  /** A SPARQL string literal for any text: "..." with \ " ' and control characters escaped. */
  function sparqlString(text) {
    var map = { '\\': '\\\\', '"': '\\"', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
    return '"' + String(text).replace(/[\\"'\n\r\t\b\f]/g, function (c) { return map[c]; }) + '"';
  }

  /** An IRI from the store as a SPARQL IRI reference; refuses characters an IRIREF cannot hold. */
  function sparqlIri(iri) {
    if (!/^[^<>"{}|^`\\\u0000-\u0020]+$/.test(iri)) throw new Error('not an IRI: ' + iri);
    return '<' + iri + '>';
  }

  function query(text) {
    return fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
      body: 'query=' + encodeURIComponent(PREFIXES + text)
    }).then(function (r) {
      if (!r.ok) throw new Error('SPARQL endpoint answered ' + r.status);
      return r.json();
    }).then(function (json) {
      return json.results.bindings.map(function (b) {
        var row = {};
        Object.keys(b).forEach(function (k) { row[k] = b[k].value; });
        return row;
      });
    });
  }

  var $ = function (id) { return document.getElementById(id); };
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k]; else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { e.appendChild(c); });
    return e;
  }
  function status(text, error) {
    $('status').textContent = text || '';
    $('status').className = error ? 'error' : '';
  }

  var cy = null;
  var state = { center: null, nodes: {}, edges: [] };

  // ---- search with suggestions ----
  var searchTimer = null;
  function suggest() {
    var text = $('search').value.trim();
    var list = $('suggestions');
    if (text.length < 2) { list.innerHTML = ''; return; }
    query('SELECT DISTINCT ?a ?label ?type WHERE {\n' +
      '  VALUES ?type { nkg:Person nkg:Country nkg:Organization }\n' +
      '  GRAPH ?g { ?a a ?type ; skos:prefLabel ?label }\n' +
      '  FILTER(CONTAINS(LCASE(STR(?label)), LCASE(' + sparqlString(text) + ')))\n' +
      '} ORDER BY ?label LIMIT 20')
      .then(function (rows) {
        list.innerHTML = '';
        if (rows.length === 0) { status('No actor matches \u201c' + text + '\u201d.'); return; }
        status('');
        rows.forEach(function (r) {
          var b = el('button', { type: 'button', 'data-iri': r.a }, [
            document.createTextNode(r.label), el('span', { 'class': 'type', text: TYPES[r.type] || '' })]);
          b.addEventListener('click', function () { list.innerHTML = ''; $('search').value = r.label; show(r.a); });
          list.appendChild(el('li', {}, [b]));
        });
      })
      .catch(function (e) { status(e.message, true); });
  }

  // ---- the ego network ----
  function show(iri) {
    status('Loading\u2026');
    var a = sparqlIri(iri);
    query('SELECT ?x ?s ?o ?relation ?sentence ?g ?sourceName ?date WHERE {\n' +
      '  GRAPH ?g {\n' +
      '    { ?x nkg:source ' + a + ' ; nkg:target ?o . BIND(' + a + ' AS ?s) }\n' +
      '    UNION { ?x nkg:target ' + a + ' ; nkg:source ?s . BIND(' + a + ' AS ?o) }\n' +
      '    ?x a nkg:Interaction ; nkg:relation/skos:prefLabel ?relation .\n' +
      '    OPTIONAL { ?x prov:wasDerivedFrom/nif:anchorOf ?sentence }\n' +
      '    OPTIONAL { ?g nkg:sourceName ?sourceName }\n' +
      '    OPTIONAL { ?x nkg:date ?d1 } OPTIONAL { ?g schema:datePublished ?d2 }\n' +
      '  }\n' +
      '  BIND(STR(COALESCE(?d1, ?d2)) AS ?date)\n' +
      '} ORDER BY ?relation ?s ?o ?g')
      .then(function (rows) {
        var groups = {};
        var nodeIris = {}; nodeIris[iri] = true;
        rows.forEach(function (r) {
          if (r.s === r.o) return;
          nodeIris[r.s] = true; nodeIris[r.o] = true;
          var key = r.s + ' ' + r.o + ' ' + r.relation;
          var g = groups[key] || (groups[key] = { source: r.s, target: r.o, relation: r.relation, facts: {}, evidence: [], dates: [] });
          g.facts[r.x] = true;
          if (r.date) g.dates.push(r.date.substring(0, 10));
          if (r.sentence && !g.evidence.some(function (e) { return e.sentence === r.sentence && e.article === r.g; })) {
            g.evidence.push({ sentence: r.sentence, article: r.g, sourceName: r.sourceName || r.g });
          }
        });
        state.center = iri;
        state.edges = Object.keys(groups).sort().map(function (k, i) {
          var g = groups[k]; g.id = 'e' + i; g.weight = Object.keys(g.facts).length; return g;
        });
        return nodeInfo(Object.keys(nodeIris));
      })
      .then(function (nodes) {
        state.nodes = nodes;
        draw();
        buildFilters();
        card(iri);
        $('evidence').innerHTML = '';
        status(state.edges.length + ' relation(s) with ' + (Object.keys(nodes).length - 1) + ' neighbour(s).');
      })
      .catch(function (e) { status(e.message, true); });
  }

  function nodeInfo(iris) {
    return query('SELECT ?a ?label ?type ?country WHERE {\n' +
      '  VALUES ?a { ' + iris.map(sparqlIri).join(' ') + ' }\n' +
      '  GRAPH ?g { ?a skos:prefLabel ?label .\n' +
      '    OPTIONAL { ?a a ?type . FILTER(?type IN (nkg:Person, nkg:Country, nkg:Organization)) }\n' +
      '    OPTIONAL { ?a nkg:country/skos:prefLabel ?country } }\n' +
      '} ORDER BY ?a ?label').then(function (rows) {
      var nodes = {};
      iris.forEach(function (i) { nodes[i] = { iri: i, label: i.replace(/.*\//, ''), type: '', countries: [] }; });
      rows.forEach(function (r) {
        var n = nodes[r.a];
        if (n.label === r.a.replace(/.*\//, '') || r.label.length > n.label.length) n.label = r.label;
        if (r.type) n.type = TYPES[r.type];
        if (r.country && n.countries.indexOf(r.country) < 0) n.countries.push(r.country);
      });
      Object.keys(nodes).forEach(function (k) {
        var n = nodes[k];
        if (n.type === 'country' && n.countries.indexOf(n.label) < 0) n.countries.push(n.label);
        n.countries.sort();
      });
      return nodes;
    });
  }

  function draw() {
    var elements = [];
    Object.keys(state.nodes).sort().forEach(function (k) {
      var n = state.nodes[k];
      elements.push({ group: 'nodes', data: { id: n.iri, label: n.label, type: n.type || 'other', center: n.iri === state.center ? 'yes' : 'no' } });
    });
    state.edges.forEach(function (e) {
      elements.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, label: e.relation, weight: e.weight } });
    });
    if (cy) cy.destroy();
    cy = cytoscape({
      container: $('graph'),
      elements: elements,
      layout: { name: 'concentric', concentric: function (n) { return n.data('center') === 'yes' ? 2 : 1; }, levelWidth: function () { return 1; }, minNodeSpacing: 60, animate: false },
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4, 'background-color': '#7a8ca3', 'width': 28, 'height': 28 } },
        { selector: 'node[type = "person"]', style: { 'background-color': '#2e7dd7' } },
        { selector: 'node[type = "country"]', style: { 'background-color': '#d7832e', 'shape': 'round-rectangle' } },
        { selector: 'node[type = "organization"]', style: { 'background-color': '#3a9d5d', 'shape': 'hexagon' } },
        { selector: 'node[center = "yes"]', style: { 'width': 42, 'height': 42, 'border-width': 3, 'border-color': '#1f3a5f', 'font-weight': 'bold' } },
        { selector: 'edge', style: { 'label': 'data(label)', 'font-size': 10, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': 'mapData(weight, 1, 5, 1.5, 6)', 'line-color': '#9aa5b1', 'target-arrow-color': '#9aa5b1', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
        { selector: 'edge:selected', style: { 'line-color': '#d12f2f', 'target-arrow-color': '#d12f2f', 'width': 5 } },
        { selector: '.hidden', style: { 'display': 'none' } }
      ]
    });
    cy.on('tap', 'edge', function (evt) { selectEdge(evt.target.id()); });
    cy.on('tap', 'node', function (evt) { card(evt.target.id()); });
    cy.on('dbltap', 'node', function (evt) { if (evt.target.id() !== state.center) show(evt.target.id()); });
    var list = $('edge-list');
    list.innerHTML = '';
    $('edges-title').hidden = state.edges.length === 0;
    state.edges.forEach(function (e) {
      var b = el('button', { type: 'button', 'data-edge': e.id }, [
        el('span', { 'class': 'rel', text: e.relation }),
        document.createTextNode(state.nodes[e.source].label + ' \u2192 ' + state.nodes[e.target].label + ' (' + e.weight + ')')]);
      b.addEventListener('click', function () { selectEdge(e.id); });
      list.appendChild(el('li', { id: 'item-' + e.id }, [b]));
    });
  }

  // ---- filters: relation type, date range, country ----
  function buildFilters() {
    $('filters').hidden = false;
    var relations = {}, countries = {};
    state.edges.forEach(function (e) { relations[e.relation] = true; });
    Object.keys(state.nodes).forEach(function (k) { state.nodes[k].countries.forEach(function (c) { countries[c] = true; }); });
    var box = $('relation-filters');
    box.innerHTML = '';
    Object.keys(relations).sort().forEach(function (r) {
      var cb = el('input', { type: 'checkbox', value: r, checked: 'checked' });
      cb.addEventListener('change', applyFilters);
      box.appendChild(el('label', {}, [cb, document.createTextNode(' ' + r)]));
    });
    var sel = $('country-filter');
    sel.innerHTML = '';
    sel.appendChild(el('option', { value: '', text: 'any' }));
    Object.keys(countries).sort().forEach(function (c) { sel.appendChild(el('option', { value: c, text: c })); });
  }

  function applyFilters() {
    if (!cy) return;
    var on = {};
    Array.prototype.forEach.call($('relation-filters').querySelectorAll('input'), function (cb) { on[cb.value] = cb.checked; });
    var from = $('date-from').value, to = $('date-to').value, country = $('country-filter').value;
    var visibleNodes = {}; visibleNodes[state.center] = true;
    state.edges.forEach(function (e) {
      var dated = e.dates.length > 0;
      var inRange = !dated || e.dates.some(function (d) { return (!from || d >= from) && (!to || d <= to); });
      var other = e.source === state.center ? e.target : e.source;
      var inCountry = !country || state.nodes[other].countries.indexOf(country) >= 0;
      var show = on[e.relation] !== false && inRange && inCountry;
      cy.getElementById(e.id).toggleClass('hidden', !show);
      $('item-' + e.id).hidden = !show;
      if (show) { visibleNodes[e.source] = true; visibleNodes[e.target] = true; }
    });
    cy.nodes().forEach(function (n) { n.toggleClass('hidden', !visibleNodes[n.id()]); });
  }
  ['date-from', 'date-to', 'country-filter'].forEach(function (id) { $(id).addEventListener('change', applyFilters); });

  // ---- node card and edge evidence ----
  function card(iri) {
    var n = state.nodes[iri] || { iri: iri, label: iri, type: '', countries: [] };
    var a = sparqlIri(iri);
    Promise.all([
      query('SELECT DISTINCT ?title ?post ?in WHERE { GRAPH ?g { ?t a nkg:Tenure ; nkg:holder ' + a + ' ; nkg:post ?p .\n' +
        '  OPTIONAL { ?t nkg:title ?title } OPTIONAL { ?p rdfs:label ?post } OPTIONAL { ?p org:postIn/skos:prefLabel ?in } } } ORDER BY ?post'),
      query('SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a nkg:Statement ; prov:wasAttributedTo ' + a + ' } }')
    ]).then(function (res) {
      var posts = res[0].map(function (r) { return (r.title || r.post || '') + (r.in ? ', ' + r.in : ''); });
      var dl = el('dl', {}, [
        el('dt', { text: 'Type' }), el('dd', { text: n.type || 'other' }),
        el('dt', { text: 'Posts' }), el('dd', { text: posts.length ? posts.join('; ') : '\u2014' }),
        el('dt', { text: 'Countries' }), el('dd', { text: n.countries.length ? n.countries.join(', ') : '\u2014' }),
        el('dt', { text: 'Statements' }), el('dd', { text: res[1].length ? res[1][0].n : '0' })]);
      var c = $('card');
      c.innerHTML = '';
      c.appendChild(el('h2', { text: n.label }));
      c.appendChild(dl);
      if (iri !== state.center) {
        var b = el('button', { type: 'button', text: 'Explore ' + n.label });
        b.addEventListener('click', function () { show(iri); });
        c.appendChild(b);
      }
    }).catch(function (e) { status(e.message, true); });
  }

  function selectEdge(id) {
    var e = state.edges.filter(function (x) { return x.id === id; })[0];
    if (!e) return false;
    if (cy) { cy.elements().unselect(); cy.getElementById(id).select(); }
    Array.prototype.forEach.call(document.querySelectorAll('#edge-list li'), function (li) { li.classList.toggle('selected', li.id === 'item-' + id); });
    var box = $('evidence');
    box.innerHTML = '';
    box.appendChild(el('h2', { text: state.nodes[e.source].label + ' \u2014 ' + e.relation + ' \u2192 ' + state.nodes[e.target].label }));
    if (e.evidence.length === 0) box.appendChild(el('p', { text: 'No evidence sentence recorded.' }));
    e.evidence.forEach(function (ev) {
      var link = el('a', { href: '/newskg/get?graph=' + encodeURIComponent(ev.article), target: '_blank', text: ev.sourceName });
      box.appendChild(el('div', { 'class': 'evidence-item' }, [el('p', { 'class': 'sentence', text: ev.sentence }), link]));
    });
    return true;
  }

  $('search').addEventListener('input', function () { clearTimeout(searchTimer); searchTimer = setTimeout(suggest, 200); });
  window.newskgSparqlString = sparqlString;
  window.newskgSelectEdge = selectEdge;
  window.newskgShow = show;
})();
