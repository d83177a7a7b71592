/* A document's page for people: the JSON of GET /documents/{id} (asked for with Accept:
   application/json), shown with each link's evidence sentence, the stating span marked. */
(function () {
  "use strict";

  const root = document.getElementById("document");

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined) node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  function documentLink(ref) {
    const name = ref.number || ref.label || ref.id || ref.iri;
    return ref.href ? element("a", { href: ref.href, title: ref.iri }, name) : element("span", { title: ref.iri }, name);
  }

  function sentenceWithSpan(evidence) {
    const sentence = evidence.sentence || evidence.text;
    const at = sentence.indexOf(evidence.text);
    const quote = element("blockquote", { class: "evidence" });
    if (at < 0) {
      quote.append(element("mark", {}, evidence.text));
    } else {
      quote.append(sentence.slice(0, at), element("mark", {}, evidence.text), sentence.slice(at + evidence.text.length));
    }
    return quote;
  }

  function linkList(title, links, direction) {
    const section = element("section", { class: "links", id: direction });
    section.append(element("h3", {}, `${title} (${links.length})`));
    if (!links.length) {
      section.append(element("p", { class: "hint" }, "none"));
      return section;
    }
    const list = element("ol", {});
    for (const link of links) {
      const head = direction === "outgoing"
        ? [element("span", { class: "relation" }, link.relation), " → ", documentLink(link.document)]
        : [documentLink(link.document), " → ", element("span", { class: "relation" }, link.relation)];
      const ev = link.evidence;
      list.append(element("li", { class: "link", "data-relation": link.relation },
        element("div", { class: "link-head" }, ...head),
        sentenceWithSpan(ev),
        element("div", { class: "source" }, `${ev.source} [${ev.start}:${ev.end}]`)));
    }
    section.append(list);
    return section;
  }

  function facts(doc) {
    const rows = [
      ["Number / Số hiệu", doc.number],
      ["Kind / Loại", doc.kind_label ? `${doc.kind_label} (${doc.kind})` : doc.kind],
      ["Date / Ngày ban hành", doc.date],
      ["Year / Năm", doc.year],
      ["Term / Khóa", doc.term],
      ["Issuer / Cơ quan ban hành", doc.issuers.join("; ")],
      ["Inferred issuer", doc.inferred_issuers.join("; ")],
      ["Texts in the store", doc.sources.map((s) => s.file).join("; ") || "none (only referred to)"],
      ["Mentioned in", doc.mentioned_in.join("; ")],
      ["IRI", doc.iri],
    ];
    if (doc.ambiguous) rows.push(["Ambiguous", "the identity of this document could not be fixed"]);
    const table = element("table", { class: "facts" });
    for (const [name, value] of rows) {
      if (value === null || value === undefined || value === "") continue;
      table.append(element("tr", {}, element("th", {}, name), element("td", {}, String(value))));
    }
    return table;
  }

  function render(doc) {
    document.title = `policygraph · ${doc.label || doc.number || doc.id}`;
    root.replaceChildren(
      element("h2", {}, doc.label || doc.number || doc.id),
      doc.title ? element("p", { class: "doc-title" }, doc.title) : null,
      facts(doc),
      linkList("Links from this document", doc.outgoing, "outgoing"),
      linkList("Links to this document", doc.incoming, "incoming"),
    );
  }

  fetch(window.location.pathname + window.location.search, { headers: { Accept: "application/json" } })
    .then((response) => response.json().then((body) => ({ ok: response.ok, body })))
    .then(({ ok, body }) => {
      if (ok) return render(body);
      const problem = element("div", { class: "problem" }, element("h2", {}, body.error || "error"),
        element("p", {}, body.detail || ""));
      if (body.candidates && body.candidates.length) {
        problem.append(element("ul", {}, ...body.candidates.map((c) => element("li", {}, documentLink(c)))));
      }
      root.replaceChildren(problem);
    })
    .catch((error) => root.replaceChildren(element("p", { class: "problem" }, `Could not load: ${error.message}`)));
})();
