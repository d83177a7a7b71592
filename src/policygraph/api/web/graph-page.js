/* The graph page: GET /graph/data drawn with Cytoscape.js (and dagre), both served by this app.
   Documents are nodes (colour: kind, size: how many documents cite them, dashed red border: an
   ambiguous reference), typed links are arrows (colour and line: relation kind). Clicking an arrow
   shows the sentence that states the link with the stating span marked, its source file and offsets;
   clicking a document opens its page. The filters ask the server again; the number search finds a
   drawn document, or asks the server for that document and its neighbours.

   For tests and the benchmark: window.policygraphGraph = { cy, ready, firstRenderMs, renders, data }
   once the first layout is drawn; performance mark "policygraph:graph-first-render". */
(function () {
  "use strict";

  // Dagre draws a small neighbourhood as a readable hierarchy; a larger graph of texts that each cite
  // many documents (stars) comes out as one long row, so past this many nodes the page uses cose.
  const DAGRE_MAX_NODES = 40;
  const NODE_FONT_PX = 10; // a node's label at zoom 1
  const LANDMARKS = 10; // how many of the most-cited documents keep a readable label zoomed out
  const LANDMARK_PX = 12; // their labels' size on screen then
  const COSE_BUDGET = 1.5e7;
  const KIND_COLOURS = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#17becf", "#8c6d31", "#637939"];
  const OTHER_KIND_COLOUR = "#bab0ac";
  const RELATION_STYLES = {
    implements: { colour: "#2a7f3f", line: "solid" },
    continues: { colour: "#0b57d0", line: "solid" },
    legal_basis: { colour: "#6d4c41", line: "solid" },
    amends: { colour: "#e65100", line: "dashed" },
    replaces: { colour: "#8e24aa", line: "dashed" },
    repeals: { colour: "#c62828", line: "dashed" },
    guides: { colour: "#00838f", line: "dotted" },
    consolidates: { colour: "#5d4037", line: "dotted" },
    corrects: { colour: "#ad1457", line: "dotted" },
    suspends: { colour: "#424242", line: "dashed" },
    linked_with: { colour: "#7b8794", line: "dotted" },
    reviews: { colour: "#9e7700", line: "dotted" },
    cites: { colour: "#9aa5b1", line: "solid" },
    candidate: { colour: "#b3261e", line: "dotted" },
  };
  const FALLBACK_RELATION = { colour: "#9aa5b1", line: "solid" };

  // timings: ms since navigation start when the first data arrived, the graph was built, laid out.
  const hook = { cy: null, ready: false, firstRenderMs: null, renders: 0, data: null, layout: null, timings: {} };
  window.policygraphGraph = hook;

  const $ = (id) => document.getElementById(id);
  const controls = $("graph-controls");
  const selects = { relation: $("filter-relation"), issuer: $("filter-issuer"), year: $("filter-year") };
  const search = $("search-number");
  const status = $("graph-status");
  const panelBody = $("panel-body");
  const kindColours = new Map();
  let relationLabels = {};
  let cy = null;

  const { element, sentenceWithSpan } = window.policygraphDom;
  // A graph node links to its page, or to its IRI when it has none (a document only referred to).
  const documentLink = (node) => window.policygraphDom.documentLink({ ...node, href: node.href || node.iri });

  function normalNumber(text) {
    // "07/NQ-CP", "7/nq-cp" and " 7 / NQ-CP " are one number; Đ is D.
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase()
      .replace(/\s+/g, "").replace(/^0+(?=\d)/, "");
  }

  function relationStyle(relation) {
    return RELATION_STYLES[relation] || FALLBACK_RELATION;
  }

  function kindColour(kind) {
    const key = kind || "?";
    if (!kindColours.has(key)) {
      kindColours.set(key, kindColours.size < KIND_COLOURS.length ? KIND_COLOURS[kindColours.size] : OTHER_KIND_COLOUR);
    }
    return kindColours.get(key);
  }

  function shortLabel(node) {
    if (node.number) return node.number;
    const name = node.label || node.id;
    return name.length > 28 ? name.slice(0, 27) + "…" : name;
  }

  // ---- filters and the URL ------------------------------------------------------------------
  function currentFilters() {
    const params = new URLSearchParams(window.location.search);
    const filters = {};
    for (const name of ["relation", "issuer", "year", "number", "limit"]) {
      const value = params.get(name);
      if (value) filters[name] = value;
    }
    return filters;
  }

  function setFilters(filters) {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(filters)) {
      if (value) params.set(name, value);
    }
    const query = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
  }

  function fillSelect(select, values, current, describe) {
    select.querySelectorAll("option:not([value=''])").forEach((option) => option.remove());
    for (const value of values) {
      select.append(element("option", { value: value.value }, describe(value)));
    }
    if (current && !values.some((value) => value.value === current)) {
      select.append(element("option", { value: current }, current));
    }
    select.value = current || "";
  }

  function loadFacets() {
    return fetch("/graph/facets", { headers: { Accept: "application/json" } })
      .then((response) => response.json())
      .then((facets) => {
        const filters = currentFilters();
        relationLabels = Object.fromEntries(facets.relations.map((f) => [f.value, f.label]));
        fillSelect(selects.relation, facets.relations, filters.relation, (f) => `${f.label} (${f.value}) · ${f.count}`);
        fillSelect(selects.issuer, facets.issuers, filters.issuer, (f) => `${f.label} · ${f.count}`);
        fillSelect(selects.year, facets.years, filters.year, (f) => `${f.label} · ${f.count}`);
        renderRelationLegend(facets.relations);
      });
  }

  // ---- the graph ----------------------------------------------------------------------------
  function elementsOf(data) {
    const nodes = data.nodes.map((node) => ({
      group: "nodes",
      data: {
        id: node.id,
        label: shortLabel(node),
        colour: kindColour(node.kind),
        size: Math.round(18 + 9 * Math.sqrt(node.cited_by)),
        border: node.ambiguous ? 3 : node.ingested ? 2.5 : 1,
        number: node.number || "",
        doc: node,
      },
      classes: [node.ambiguous ? "ambiguous" : "", node.ingested ? "ingested" : "referred"].join(" ").trim(),
    }));
    const edges = data.edges.map((edge) => {
      const style = relationStyle(edge.relation);
      return {
        group: "edges",
        data: { id: edge.id, source: edge.source, target: edge.target, relation: edge.relation,
          colour: style.colour, line: style.line, link: edge },
        classes: edge.relation === "candidate" ? "candidate" : "",
      };
    });
    return nodes.concat(edges);
  }

  const STYLE = [
    { selector: "node", style: {
      "background-color": "data(colour)", width: "data(size)", height: "data(size)", label: "data(label)",
      "font-family": "\"Noto Sans\", system-ui, sans-serif", "font-size": NODE_FONT_PX, color: "#1d2733",
      "text-valign": "bottom", "text-margin-y": 3, "text-outline-color": "#ffffff", "text-outline-width": 2,
      "min-zoomed-font-size": 6, "border-width": "data(border)", "border-color": "#7b8794",
    } },
    { selector: "node.landmark", style: { "font-weight": "bold", "z-index": 5, "text-background-color": "#ffffff",
      "text-background-opacity": 0.8, "text-background-padding": 1 } },
    { selector: "node.ingested", style: { "border-color": "#1d2733" } },
    { selector: "node.ambiguous", style: { "border-style": "dashed", "border-color": "#b3261e" } },
    { selector: "node.found", style: { "border-width": 5, "border-color": "#ffb300", "border-style": "double",
      "font-size": 13, "font-weight": "bold", "z-index": 10 } },
    { selector: "edge", style: {
      width: 1.6, "line-color": "data(colour)", "line-style": "data(line)", "target-arrow-color": "data(colour)",
      "target-arrow-shape": "triangle", "arrow-scale": 0.9, "curve-style": "bezier", opacity: 0.85,
    } },
    { selector: "edge.candidate", style: { "target-arrow-shape": "vee", width: 1.2 } },
    { selector: "edge:selected", style: { width: 4, opacity: 1, "z-index": 10, "underlay-color": "#ffb300",
      "underlay-opacity": 0.35, "underlay-padding": 3 } },
    { selector: "node:selected", style: { "border-width": 4, "border-color": "#ffb300" } },
  ];

  /* The most-cited documents are the graph's landmarks: at the first zoom (the whole graph fitted, so
     often well under 1) a 10 px label is drawn at 5-7 px or not at all, and the reader sees dots. Their
     labels keep LANDMARK_PX on screen at any zoom out; zoomed in, they are the size of the others. */
  function markLandmarks(data) {
    const ranked = data.nodes.filter((node) => node.cited_by > 0)
      .sort((a, b) => b.cited_by - a.cited_by || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, LANDMARKS);
    cy.batch(() => ranked.forEach((node) => cy.getElementById(node.id).addClass("landmark")));
  }

  function sizeLandmarkLabels() {
    const size = LANDMARK_PX / cy.zoom();
    cy.batch(() => {
      const landmarks = cy.nodes(".landmark");
      if (size > NODE_FONT_PX) landmarks.style("font-size", size);
      else landmarks.removeStyle("font-size"); // zoomed in: the classes' sizes (a found node's 13 px)
    });
  }

  function layoutOptions(count) {
    const requested = new URLSearchParams(window.location.search).get("layout");
    const name = requested || (count <= DAGRE_MAX_NODES ? "dagre" : "cose");
    if (name === "dagre") {
      return { name, rankDir: "TB", nodeSep: 18, rankSep: 60, edgeSep: 8, animate: false, fit: true, padding: 30 };
    }
    if (name === "cose") {
      // A force layout costs (iterations × nodes²): fewer iterations for more nodes, cooling to the end
      // of them, keep it near half a second at a few hundred nodes (measured in bench/page_render.py).
      const iterations = Math.max(100, Math.min(1000, Math.round(COSE_BUDGET / (count * count || 1))));
      return { name, animate: false, fit: true, padding: 20, randomize: true, numIter: iterations,
        coolingFactor: Math.pow(0.001, 1 / iterations), nodeRepulsion: () => 6000, idealEdgeLength: () => 60,
        componentSpacing: 40 };
    }
    return { name, animate: false, fit: true, padding: 20 };
  }

  function draw(data) {
    hook.data = data;
    const elements = elementsOf(data);
    if (!cy) {
      cy = window.cytoscape({ container: $("cy"), elements, style: STYLE, minZoom: 0.05, maxZoom: 4,
        boxSelectionEnabled: false, selectionType: "single" });
      hook.cy = cy;
      cy.on("tap", "edge", (event) => showLink(event.target));
      cy.on("tap", "node", (event) => openDocument(event.target));
      cy.on("mouseover", "node", () => { $("cy").style.cursor = "pointer"; });
      cy.on("mouseover", "edge", () => { $("cy").style.cursor = "pointer"; });
      cy.on("mouseout", "node, edge", () => { $("cy").style.cursor = ""; });
      cy.on("zoom", sizeLandmarkLabels);
    } else {
      cy.elements().remove();
      cy.add(elements);
    }
    const options = layoutOptions(data.nodes.length);
    hook.layout = options.name;
    if (!hook.ready) hook.timings.builtMs = window.performance.now();
    markLandmarks(data);
    const layout = cy.layout(options);
    layout.one("layoutstop", () => {
      sizeLandmarkLabels();
      window.requestAnimationFrame(() => {
        hook.renders += 1;
        if (!hook.ready) {
          hook.firstRenderMs = window.performance.now();
          window.performance.mark("policygraph:graph-first-render");
          hook.ready = true;
        }
      });
    });
    layout.run();
    if (!hook.ready) hook.timings.laidOutMs = window.performance.now();
    renderStatus(data);
    renderLists(data);
    renderKindLegend(data);
  }

  function count(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
  }

  function renderStatus(data) {
    const filters = currentFilters();
    status.classList.remove("problem");
    status.setAttribute("role", "status");
    const shown = data.nodes.length;
    const links = count(data.edges.length, "link", "links");
    let text = shown < data.total
      ? `Showing ${shown} of ${data.total} documents (the most cited), ${links}.`
      : `Showing ${count(shown, "document", "documents")}, ${links}.`;
    if (filters.number && shown === 0) {
      text = `No document numbered ${filters.number} / Không có văn bản số ${filters.number}.`;
    } else if (filters.number) {
      text = `${filters.number} and the documents it links with: ${count(shown, "document", "documents")}, ${links}.`;
    }
    status.textContent = text;
    status.dataset.shown = String(shown);
    status.dataset.total = String(data.total);
  }

  function renderLists(data) {
    const byId = new Map(data.nodes.map((node) => [node.id, node]));
    const linkList = $("link-list");
    linkList.querySelector(".count").textContent = String(data.edges.length);
    linkList.querySelector("ul").replaceChildren(...data.edges.map((edge) => {
      const from = byId.get(edge.source), to = byId.get(edge.target);
      const text = `${shortLabel(from)} → ${edge.relation} → ${shortLabel(to)}`;
      const button = element("button", { type: "button", "data-edge": edge.id }, text);
      button.addEventListener("click", () => {
        const target = cy.getElementById(edge.id);
        cy.elements().unselect();
        target.select();
        cy.animate({ fit: { eles: target.connectedNodes(), padding: 80 }, duration: 250 });
        showLink(target);
      });
      return element("li", {}, button);
    }));
    const documentList = $("document-list");
    documentList.querySelector(".count").textContent = String(data.nodes.length);
    documentList.querySelector("ul").replaceChildren(...data.nodes.map((node) => element("li", {},
      element("a", { href: node.href || node.iri, "data-node": node.id }, node.label || shortLabel(node)),
      node.cited_by ? ` · cited by ${node.cited_by}` : "")));
  }

  function renderKindLegend(data) {
    const counts = new Map();
    for (const node of data.nodes) {
      const key = node.kind || "?";
      const entry = counts.get(key) || { label: node.kind_label || node.kind || "unknown kind", count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
    const items = [...counts.entries()].sort((a, b) => b[1].count - a[1].count).map(([kind, entry]) =>
      element("li", { "data-kind": kind },
        element("span", { class: "swatch kind", style: `background:${kindColour(kind)}`, "aria-hidden": "true" }),
        `${entry.label} (${kind}) · ${entry.count}`));
    $("legend-kinds").replaceChildren(...items);
  }

  function renderRelationLegend(relations) {
    const kinds = relations.map((r) => ({ value: r.value, label: r.label })).concat(
      [{ value: "candidate", label: "may be (ambiguous reference) / có thể là" }]);
    $("legend-relations").replaceChildren(...kinds.map((kind) => {
      const style = relationStyle(kind.value);
      return element("li", { "data-relation": kind.value },
        element("span", { class: "swatch line", "aria-hidden": "true",
          style: `border-top-style:${style.line};border-top-color:${style.colour}` }),
        `${kind.label} (${kind.value})`);
    }));
  }

  // ---- the panel ----------------------------------------------------------------------------
  function showLink(edge) {
    const link = edge.data("link");
    const from = edge.source().data("doc"), to = edge.target().data("doc");
    const style = relationStyle(link.relation);
    const label = link.relation_label || relationLabels[link.relation] || "";
    const parts = [
      element("p", { class: "edge-head" }, documentLink(from), " → ", documentLink(to)),
      element("p", { class: "relation", style: `color:${style.colour}` }, link.relation,
        label ? element("span", { class: "relation-label" }, label) : null),
    ];
    if (link.evidence) {
      const ev = link.evidence;
      parts.push(sentenceWithSpan(ev),
        element("p", { class: "source" }, element("span", { class: "file" }, ev.source), " ",
          element("span", { class: "offsets" }, `[${ev.start}:${ev.end}]`)));
      if (link.also_stated_in.length) {
        parts.push(element("p", { class: "hint also" }, `Also stated in / Cũng nêu trong: ${link.also_stated_in.join(", ")}`));
      }
    } else {
      parts.push(element("p", { class: "hint" },
        `${from.number || from.label} could not be identified for certain; it may be ${to.number || to.label}.`));
    }
    $("panel-title").textContent = "Link / Liên kết";
    panelBody.replaceChildren(...parts);
    panelBody.dataset.edge = link.id;
  }

  function showDocument(node) {
    const doc = node.data("doc");
    const rows = [
      ["Kind / Loại", doc.kind_label ? `${doc.kind_label} (${doc.kind})` : doc.kind],
      ["Year / Năm", doc.year],
      ["Issuer / Cơ quan", doc.issuers.concat(doc.inferred_issuers.filter((i) => !doc.issuers.includes(i))).join("; ")],
      ["Cited by / Được dẫn chiếu", doc.cited_by],
      ["Ambiguous", doc.ambiguous ? "yes: the identity could not be fixed" : null],
    ];
    const list = element("dl", {});
    for (const [name, value] of rows) {
      if (value === null || value === undefined || value === "") continue;
      list.append(element("dt", {}, name), element("dd", {}, String(value)));
    }
    $("panel-title").textContent = "Document / Văn bản";
    panelBody.replaceChildren(element("p", { class: "node-head" }, documentLink(doc)),
      doc.title ? element("p", { lang: "vi" }, doc.title) : null, list);
    panelBody.dataset.node = doc.id;
  }

  function openDocument(node) {
    const doc = node.data("doc");
    if (doc.href) window.location.assign(doc.href);
  }

  // ---- search -------------------------------------------------------------------------------
  function findNumber(text) {
    // The drawn document with this number; else the first whose number contains it.
    const wanted = normalNumber(text);
    if (!wanted || !cy) return null;
    const exact = cy.nodes().filter((n) => normalNumber(n.data("number")) === wanted);
    if (exact.nonempty()) return exact.first();
    const partial = cy.nodes().filter((n) => normalNumber(n.data("number")).includes(wanted));
    return partial.nonempty() ? partial.first() : null;
  }

  function highlight(node) {
    cy.nodes(".found").removeClass("found");
    cy.elements().unselect();
    node.addClass("found");
    const zoom = Math.max(cy.zoom(), 1.3), at = node.position();
    cy.animate({ zoom, pan: { x: cy.width() / 2 - at.x * zoom, y: cy.height() / 2 - at.y * zoom }, duration: 300 });
    showDocument(node);
    status.textContent = `Found ${node.data("number") || node.data("label")} / Đã tìm thấy.`;
  }

  // ---- loading ------------------------------------------------------------------------------
  function fontsReady() {
    // The canvas draws labels once: load Noto Sans (Latin and Vietnamese) first, but never wait long.
    const load = document.fonts ? document.fonts.load("10px \"Noto Sans\"", "Nghị quyết Đ 45-NQ/TW") : Promise.resolve();
    return Promise.race([load, new Promise((resolve) => window.setTimeout(resolve, 1500))]);
  }

  function load() {
    const filters = currentFilters();
    const params = new URLSearchParams(filters);
    params.delete("layout");
    status.textContent = "loading…";
    // The first request was sent by the page's head (same filters: the URL's).
    const request = window.policygraphFirstData
      || fetch("/graph/data?" + params.toString(), { headers: { Accept: "application/json" } });
    window.policygraphFirstData = null;
    return Promise.all([
      request.then((response) => response.json().then((body) => ({ ok: response.ok, body }))),
      fontsReady(),
    ]).then(([{ ok, body }]) => {
      if (!ok) throw new Error(body.detail || body.error || "the server refused the request");
      if (!hook.ready) hook.timings.dataMs = window.performance.now();
      draw(body);
      const found = filters.number && body.nodes.length ? findNumber(filters.number) : null;
      if (found) highlight(found);
    }).catch((error) => {
      status.classList.add("problem");
      status.textContent = `Could not load the graph: ${error.message}`;
      status.setAttribute("role", "alert");
    });
  }

  function filtersFromForm() {
    const filters = {};
    for (const [name, select] of Object.entries(selects)) {
      if (select.value) filters[name] = select.value;
    }
    const limit = currentFilters().limit;
    if (limit) filters.limit = limit;
    return filters;
  }

  for (const select of Object.values(selects)) {
    select.addEventListener("change", () => {
      setFilters(filtersFromForm());
      load();
    });
  }

  controls.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = search.value.trim();
    if (!text) return;
    const node = findNumber(text);
    if (node) {
      highlight(node);
      return;
    }
    // Not drawn: ask the server for that document and those it links with.
    setFilters({ ...filtersFromForm(), number: text });
    load();
  });

  $("reset-button").addEventListener("click", () => {
    for (const select of Object.values(selects)) select.value = "";
    search.value = "";
    setFilters({});
    load();
  });

  search.value = currentFilters().number || "";
  // The filters' choices after the graph: the first drawing does not wait for (or compete with) them.
  load().then(() => loadFacets()).catch((error) => {
    status.classList.add("problem");
    status.textContent = `Could not load the filters: ${error.message}`;
  });
})();
