/* The query page: YASGUI pointed at this server's /sparql, the saved queries from /queries one click
   away, and document IRIs in the results linked to /documents/{id}.
   Nothing here or in YASGUI's configuration reaches another host: the LOV term autocompleters
   ("class", "property") are off, prefixes come from the list bundled with YASGUI (prefixCcApi null),
   there is no CORS proxy, and the endpoint catalogue lists only this server. */
(function () {
  "use strict";

  const meta = (name) => document.querySelector(`meta[name="${name}"]`).getAttribute("content");
  const baseIri = meta("policygraph-base-iri");
  const prefixes = JSON.parse(meta("policygraph-prefixes"));
  const endpoint = new URL("/sparql", window.location.href).href;
  const documentIriStart = baseIri + "doc/";
  const localCompleters = ["prefixes", "variables"];

  const prologue = ["pg", "eli", "rdfs", "skos", "dcterms"]
    .map((p) => `PREFIX ${p}: <${prefixes[p]}>`).join("\n");
  const startQuery = `${prologue}

# Documents and their official numbers. The saved queries on the left answer more.
SELECT ?document ?number ?label WHERE {
  ?document a pg:PolicyDocument ; eli:id_local ?number .
  OPTIONAL { ?document rdfs:label ?label FILTER(lang(?label) = "vi") }
}
ORDER BY ?number
LIMIT 50
`;

  // Defaults first: YASGUI merges arrays index by index, so a shorter list in the config would
  // leave the network-bound completers of the defaults in place.
  Yasgui.defaults.yasqe.autocompleters = localCompleters.slice();
  Yasgui.Yasqe.defaults.autocompleters = localCompleters.slice();
  Yasgui.defaults.yasqe.prefixCcApi = null;
  Yasgui.defaults.requestConfig.endpoint = endpoint;
  Yasgui.defaults.endpointCatalogueOptions.getData = () => [{ endpoint }];
  Yasgui.defaults.corsProxy = undefined;

  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint }], keys: [] },
    persistenceId: "policygraph-query-page",
    populateFromUrl: true,
    yasqe: { value: startQuery, prefixCcApi: null, editorHeight: "260px", resizeable: true },
    yasr: { prefixes, defaultPlugin: "table", pluginOrder: ["table", "response"] },
  });

  function keepCompletersLocal(tab) {
    const yasqe = tab && tab.getYasqe && tab.getYasqe();
    if (!yasqe) return;
    yasqe.config.prefixCcApi = null;
    for (const name of ["class", "property"]) {
      if (yasqe.autocompleters[name] || yasqe.config.autocompleters.indexOf(name) >= 0) yasqe.disableCompleter(name);
    }
  }
  function everyTab() {
    return Object.keys(yasgui._tabs || {}).map((id) => yasgui.getTab(id)).filter(Boolean);
  }
  everyTab().forEach(keepCompletersLocal);
  yasgui.on("tabAdd", (_instance, tabId) => keepCompletersLocal(yasgui.getTab(tabId)));
  yasgui.on("tabSelect", (_instance, tabId) => keepCompletersLocal(yasgui.getTab(tabId)));
  // A tab restored from an earlier session on another host or port asks this server instead.
  everyTab().forEach((tab) => { if (tab.getEndpoint() !== endpoint) tab.setEndpoint(endpoint); });

  // Document IRIs in the results go to the document's page in this API, not to the (offline) IRI.
  function linkDocuments(root) {
    if (root.matches("a.iri")) relink(root);
    root.querySelectorAll("a.iri").forEach(relink);
  }
  function relink(anchor) {
    const href = anchor.getAttribute("href") || "";
    if (!href.startsWith(documentIriStart)) return;
    anchor.setAttribute("href", "/documents/" + href.slice(baseIri.length));
    anchor.setAttribute("title", href);
    anchor.classList.add("document-link");
  }
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      mutation.addedNodes.forEach((node) => { if (node.nodeType === 1) linkDocuments(node); });
    }
  }).observe(document.getElementById("yasgui"), { childList: true, subtree: true });

  function openSavedQuery(saved) {
    let tab = yasgui.tabNameTaken(saved.name);
    if (tab) {
      yasgui.selectTabId(tab.getId());
    } else {
      tab = yasgui.addTab(true, { name: saved.name });
    }
    keepCompletersLocal(tab);
    tab.setEndpoint(endpoint);
    tab.setQuery(saved.text);
    return tab.query();
  }

  function renderSavedQueries(queries) {
    const list = document.getElementById("saved-query-list");
    list.replaceChildren();
    if (!queries.length) {
      list.innerHTML = '<li class="error">No saved queries in queries/.</li>';
      return;
    }
    for (const saved of queries) {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "saved-query";
      button.dataset.query = saved.name;
      button.title = saved.description;
      const name = document.createElement("span");
      name.className = "name";
      name.textContent = saved.name;
      const description = document.createElement("span");
      description.className = "description";
      description.textContent = saved.description.split("\n").join(" ");
      button.append(name, description);
      button.addEventListener("click", () => openSavedQuery(saved));
      item.append(button);
      list.append(item);
    }
  }

  fetch("/queries", { headers: { Accept: "application/json" } })
    .then((response) => {
      if (!response.ok) throw new Error(`GET /queries answered ${response.status}`);
      return response.json();
    })
    .then(renderSavedQueries)
    .catch((error) => {
      document.getElementById("saved-query-list").innerHTML = "";
      const item = document.createElement("li");
      item.className = "error";
      item.textContent = `Could not load the saved queries: ${error.message}`;
      document.getElementById("saved-query-list").append(item);
    });

  window.policygraphQueryPage = { yasgui, openSavedQuery, endpoint };
})();
