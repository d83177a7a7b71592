/* The documents list for people: the JSON of GET /documents (asked for with Accept: application/json,
   with the page's own filters: kind, issuer, year, number) as one table, every page of the answer
   followed through `next`, each number linked to the document's page. */
(function () {
  "use strict";

  const root = document.getElementById("documents");
  const { element } = window.policygraphDom;

  function firstPage() {
    const params = new URLSearchParams(window.location.search);
    if (!params.has("limit")) params.set("limit", "1000");
    return "/documents?" + params.toString();
  }

  function fetchAll(path, items) {
    return fetch(path, { headers: { Accept: "application/json" } })
      .then((response) => response.json().then((body) => ({ ok: response.ok, body })))
      .then(({ ok, body }) => {
        if (!ok) throw Object.assign(new Error(body.detail || ""), { problem: body });
        const all = items.concat(body.items);
        return body.next ? fetchAll(body.next, all) : { total: body.total, items: all };
      });
  }

  function row(doc) {
    const name = doc.number || doc.label || doc.id || doc.iri;
    return element("tr", { "data-id": doc.id },
      element("td", {}, doc.href ? element("a", { href: doc.href, title: doc.iri }, name) : name),
      element("td", {}, doc.kind_label || doc.kind || ""),
      element("td", {}, doc.date || (doc.year ? String(doc.year) : "")),
      element("td", {}, doc.title || doc.label || ""),
      element("td", {}, doc.ingested ? "có · yes" : "không · no"));
  }

  function render(list) {
    const head = element("tr", {}, ...["Số hiệu · Number", "Loại · Kind", "Ngày · Date", "Tiêu đề · Title",
      "Có văn bản · Text in the store"].map((name) => element("th", { scope: "col" }, name)));
    root.replaceChildren(element("section", { class: "panel", "aria-labelledby": "documents-title" },
      element("h1", { id: "documents-title" }, `Văn bản · Documents (${list.total})`),
      element("p", { class: "hint" }, "Mỗi văn bản trong đồ thị, kể cả văn bản chỉ được dẫn chiếu · "
        + "Every document in the graph, those the texts only refer to included. As JSON: ",
        element("a", { href: "/api" }, "GET /documents")),
      element("div", { class: "table-scroll" },
        element("table", { class: "documents" }, element("thead", {}, head),
          element("tbody", {}, ...list.items.map(row))))));
  }

  fetchAll(firstPage(), [])
    .then(render)
    .catch((error) => {
      const body = error.problem || { error: "error", detail: `Không tải được · Could not load: ${error.message}` };
      root.replaceChildren(element("section", { class: "panel problem", role: "alert" },
        element("h2", {}, body.error || "error"), element("p", {}, body.detail || "")));
    });
})();
