/* A document's page for people: the JSON of GET /documents/{id} (asked for with Accept:
   application/json) shown as metadata, solution areas with their tasks, actors and roles, and links
   with the sentence that states each; then every text that describes or mentions the document
   (GET /sources/{file}) with the spans the store records as evidence highlighted at their offsets.

   Offsets are code points into the text (Python string indices). A JavaScript string is indexed in
   UTF-16 code units, which differ after any character outside the BMP, so the text is cut as
   Array.from(text) (one item per code point), never with text.slice. */
(function () {
  "use strict";

  const root = document.getElementById("document");
  // How the page names each kind of statement (the class of the node the evidence supports).
  const KINDS = [
    ["SolutionArea", "Lĩnh vực · Areas"],
    ["Task", "Nhiệm vụ · Tasks"],
    ["Assignment", "Phân công · Assignments"],
    ["Organization", "Cơ quan · Actors"],
    ["Place", "Địa danh · Places"],
    ["Target", "Mục tiêu · Targets"],
    ["DocumentRelation", "Liên kết · Links"],
    ["DocumentMention", "Trích dẫn văn bản · References"],
  ];
  const KIND_NAMES = new Map(KINDS);
  // Text number on this page for each source file, for the ids of its highlighted spans.
  const textNumbers = new Map();

  const { element, documentLink, sentenceWithSpan } = window.policygraphDom;

  function sourcePath(file) {
    return "/sources/" + file.split("/").map(encodeURIComponent).join("/");
  }

  function spanId(file, start, end) {
    return `text${textNumbers.get(file)}-${start}-${end}`;
  }

  /* "file [start:end]", a link to the span in the text below when the page shows that text. */
  function offsets(evidence, what) {
    const label = `${evidence.source} [${evidence.start}:${evidence.end}]`;
    if (!textNumbers.has(evidence.source)) return element("span", { class: "offsets" }, label);
    return element("a", {
      class: "offsets",
      href: "#" + spanId(evidence.source, evidence.start, evidence.end),
      "aria-label": `${what}: ${evidence.source}, ký tự · characters ${evidence.start}–${evidence.end}`,
    }, label);
  }

  // The document's theme code -> {vi, en}: the scheme's prefLabels (set by render, from theme_labels).
  let themeLabels = {};

  /* One tag per theme, named as the scheme names it ("Kinh tế xanh · Green economy"); the code (the
     concept's slug) is the tag's title. A code the scheme does not name shows as itself. */
  function themes(codes) {
    if (!codes.length) return null;
    return element("span", { class: "themes" }, ...codes.map((code) => {
      const label = themeLabels[code] || {};
      const name = [label.vi, label.en].filter(Boolean).join(" · ") || code;
      return element("span", { class: "theme", title: code, "data-theme": code }, name);
    }));
  }

  // ---- metadata ------------------------------------------------------------------------------
  function facts(doc) {
    const rows = [
      ["Số hiệu · Number", doc.number],
      ["Loại · Kind", doc.kind_label ? `${doc.kind_label} (${doc.kind})` : doc.kind],
      ["Ngày ban hành · Date", doc.date],
      ["Năm · Year", doc.year],
      ["Khóa · Term", doc.term],
      ["Cơ quan ban hành · Issuer", doc.issuers.join("; ")],
      ["Cơ quan (suy ra) · Inferred issuer", doc.inferred_issuers.join("; ")],
      ["Văn bản trong kho · Texts in the store", doc.sources.map((s) => s.file).join("; ") || "không có · none (only referred to)"],
      ["Được nhắc trong · Mentioned in", doc.mentioned_in.join("; ")],
      ["IRI", doc.iri],
    ];
    if (doc.ambiguous) rows.push(["Chưa xác định · Ambiguous", "the identity of this document could not be fixed"]);
    const table = element("table", { class: "facts" });
    for (const [name, value] of rows) {
      if (value === null || value === undefined || value === "") continue;
      table.append(element("tr", {}, element("th", { scope: "row" }, name), element("td", {}, String(value))));
    }
    return table;
  }

  function head(doc) {
    const section = element("section", { class: "panel document-head", "aria-labelledby": "document-title" },
      element("h2", { id: "document-title" }, doc.label || doc.number || doc.id),
      doc.title ? element("p", { class: "doc-title" }, doc.title) : null,
      facts(doc));
    section.append(element("p", { class: "actions" },
      element("a", { href: "/trace?" + new URLSearchParams({ from: doc.id || doc.iri }) },
        "Truy vết từ văn bản này · Trace from this document")));
    if (doc.candidates.length) {
      section.append(element("p", {}, "Có thể là · May be: "),
        element("ul", {}, ...doc.candidates.map((c) => element("li", {}, documentLink(c)))));
    }
    return section;
  }

  // ---- solution areas and tasks -----------------------------------------------------------------
  function taskItem(task) {
    const ev = task.evidence;
    const assignments = task.assignments.length
      ? element("ul", { class: "assignments", "aria-label": "Phân công · Assigned to" },
          ...task.assignments.map((a) => element("li", { class: "assignment", "data-role": a.role, "data-actor": a.actor.iri },
            element("span", { class: "role", title: a.role }, a.role_label || a.role),
            element("span", { class: "actor" }, a.actor.name || a.actor.iri))))
      : null;
    const places = task.places.length
      ? element("span", { class: "places" }, "Địa bàn · Places: ", task.places.map((p) => p.name || p.iri).join(", "), " · ")
      : null;
    return element("li", { class: "task", "data-start": ev ? ev.start : null, "data-end": ev ? ev.end : null },
      element("p", { class: "task-text" }, task.text || (ev ? ev.text : "")),
      assignments,
      element("p", { class: "task-meta" }, places, themes(task.themes),
        ev ? offsets(ev, "Nhiệm vụ trong văn bản · The task in its text") : null));
  }

  function areasSection(doc) {
    const section = element("section", { class: "panel", id: "areas", "aria-labelledby": "areas-title" });
    const known = new Set(doc.solution_areas.map((a) => a.iri));
    const tops = doc.solution_areas.filter((a) => !a.parent || !known.has(a.parent));
    section.append(element("h2", { id: "areas-title" },
      `Lĩnh vực nhiệm vụ, giải pháp · Solution areas (${tops.length})`));
    if (!doc.solution_areas.length && !doc.tasks.length) {
      section.append(element("p", { class: "hint" }, "Không có · none: no text in the store sets out this document's programme."));
      return section;
    }
    const tasksByArea = new Map();
    for (const task of doc.tasks) {
      const key = task.area && known.has(task.area) ? task.area : "";
      if (!tasksByArea.has(key)) tasksByArea.set(key, []);
      tasksByArea.get(key).push(task);
    }
    function areaItem(area) {
      const tasks = tasksByArea.get(area.iri) || [];
      const children = doc.solution_areas.filter((a) => a.parent === area.iri);
      const details = element("details", { open: "" },
        element("summary", {},
          element("h3", { class: "area-heading" },
            element("span", { class: "ordinal" }, area.ordinal_label || `${area.path}.`),
            element("span", { class: "area-title" }, area.title || ""))),
        element("p", { class: "area-meta" },
          element("span", { class: "task-count" }, `${area.task_count} nhiệm vụ · tasks`), " ",
          themes(area.themes), " ",
          area.evidence ? offsets(area.evidence, "Tiêu đề trong văn bản · The heading in its text") : null));
      if (tasks.length) details.append(element("ol", { class: "tasks" }, ...tasks.map(taskItem)));
      if (children.length) details.append(element("ol", { class: "sub-areas" }, ...children.map(areaItem)));
      return element("li", { class: "area", "data-path": area.path, "data-task-count": area.task_count }, details);
    }
    section.append(element("ol", { class: "areas" }, ...tops.map(areaItem)));
    const loose = tasksByArea.get("") || [];
    if (loose.length) {
      section.append(element("h3", {}, `Nhiệm vụ khác · Other tasks (${loose.length})`),
        element("ol", { class: "tasks loose-tasks" }, ...loose.map(taskItem)));
    }
    return section;
  }

  // ---- links -------------------------------------------------------------------------------------
  function linkList(title, links, direction) {
    const section = element("section", { class: "links", id: direction });
    section.append(element("h3", {}, `${title} (${links.length})`));
    if (!links.length) {
      section.append(element("p", { class: "hint" }, "không có · none"));
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
        element("div", { class: "source" }, offsets(ev, "Câu văn trong văn bản · The sentence in its text"))));
    }
    section.append(list);
    return section;
  }

  // ---- source texts ------------------------------------------------------------------------------
  /* The text with one <mark> per evidence span. Spans nest (an actor inside a task) but may also
     cross (two relations sharing a reference); a crossing span is closed and reopened, so it may
     be several <mark>s with the same data-start/data-end, the first one carrying the id. */
  function highlightedText(file, text, spans, thisDocument) {
    const chars = Array.from(text);
    const usable = spans.filter((s) => s.start >= 0 && s.end <= chars.length && s.start < s.end)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const starting = new Map();
    const points = new Set([0, chars.length]);
    for (const span of usable) {
      if (!starting.has(span.start)) starting.set(span.start, []);
      starting.get(span.start).push(span);
      points.add(span.start);
      points.add(span.end);
    }
    const sorted = [...points].sort((a, b) => a - b);
    const box = element("div", { class: "source-text", tabindex: "0", role: "region",
                                 "aria-label": `Văn bản · Text: ${file}` });
    const stack = [{ span: null, node: box }];
    const seen = new Set();
    function open(span) {
      const kinds = [...new Set(span.statements.map((s) => s.kind))];
      const first = !seen.has(span);
      seen.add(span);
      const mark = element("mark", {
        class: ["span", ...kinds.map((k) => "k-" + k),
                span.statements.some((s) => s.href && s.href === thisDocument) ? "this-document" : ""].join(" ").trim(),
        "data-start": span.start,
        "data-end": span.end,
        "data-kinds": kinds.join(" "),
        id: first ? spanId(file, span.start, span.end) : null,
        title: span.statements.map((s) => `${KIND_NAMES.get(s.kind) || s.kind}: ${s.label || ""}`).join("\n"),
      });
      stack[stack.length - 1].node.append(mark);
      stack.push({ span, node: mark });
    }
    for (let i = 0; i < sorted.length; i++) {
      const at = sorted[i];
      const lowest = stack.findIndex((entry) => entry.span && entry.span.end === at);
      if (lowest > 0) {
        const reopen = stack.slice(lowest + 1).filter((entry) => entry.span.end !== at).map((entry) => entry.span);
        stack.length = lowest;
        reopen.forEach(open);
      }
      for (const span of starting.get(at) || []) open(span);
      if (i + 1 < sorted.length) stack[stack.length - 1].node.append(chars.slice(at, sorted[i + 1]).join(""));
    }
    return box;
  }

  function legend(spans, box) {
    const counts = new Map();
    for (const span of spans) {
      for (const kind of new Set(span.statements.map((s) => s.kind))) counts.set(kind, (counts.get(kind) || 0) + 1);
    }
    const order = [...KINDS.map(([k]) => k), ...[...counts.keys()].filter((k) => !KIND_NAMES.has(k)).sort()];
    const fieldset = element("fieldset", { class: "span-legend" }, element("legend", {}, "Đánh dấu · Highlighted"));
    for (const kind of order.filter((k) => counts.has(k))) {
      const box_ = element("input", { type: "checkbox", checked: "", "data-kind": kind });
      box_.addEventListener("change", () => box.classList.toggle("hide-" + kind, !box_.checked));
      fieldset.append(element("label", {}, box_, element("span", { class: "swatch k-" + kind, "aria-hidden": "true" }),
        `${KIND_NAMES.get(kind) || kind} (${counts.get(kind)})`));
    }
    return fieldset;
  }

  function showSource(body, file, answer, thisDocument) {
    if (!answer.ok) {
      body.replaceChildren(element("p", { class: "problem", role: "alert" },
        `${answer.body.error || "error"}: ${answer.body.detail || ""}`));
      return;
    }
    const source = answer.body;
    const box = highlightedText(file, source.text, source.spans, thisDocument);
    body.replaceChildren(
      element("p", { class: "hint" },
        `${Array.from(source.text).length} ký tự · characters, ${source.spans.length} đoạn được đánh dấu · highlighted spans; `,
        `SHA-256 ${source.sha256 ? source.sha256.slice(0, 12) + "…" : "?"}`,
        source.describes ? [" · văn bản của · the text of ", documentLink(source.describes)] : null),
      legend(source.spans, box), box);
  }

  function textsSection(doc) {
    const files = [...new Set([...doc.sources.map((s) => s.file), ...doc.mentioned_in])];
    files.forEach((file, number) => textNumbers.set(file, number));
    const section = element("section", { class: "panel", id: "texts", "aria-labelledby": "texts-title" },
      element("h2", { id: "texts-title" }, `Văn bản nguồn · Source texts (${files.length})`),
      element("p", { class: "hint" }, "Mỗi đoạn được trích xuất được đánh dấu đúng vị trí của nó trong văn bản gốc · "
        + "Every extracted span is highlighted at its offsets in the original text."));
    const describing = new Set(doc.sources.map((s) => s.file));
    for (const file of files) {
      const body = element("div", { class: "source-body" }, element("p", { class: "loading" }, "Đang tải… · loading…"));
      const role = describing.has(file) ? "văn bản này · this document's text" : "nhắc đến văn bản này · mentions it";
      section.append(element("section", { class: "source-panel", "data-file": file },
        element("details", { open: describing.has(file) ? "" : null },
          element("summary", {}, element("h3", {}, file), ` — ${role}`), body)));
      fetch(sourcePath(file), { headers: { Accept: "application/json" } })
        .then((response) => response.json().then((answer) => ({ ok: response.ok, body: answer })))
        .then((answer) => showSource(body, file, answer, doc.href))
        .catch((error) => body.replaceChildren(element("p", { class: "problem", role: "alert" },
          `Không tải được · Could not load: ${error.message}`)));
    }
    return section;
  }

  function render(doc) {
    document.title = `policygraph · ${doc.label || doc.number || doc.id}`;
    themeLabels = doc.theme_labels || {};
    const texts = textsSection(doc); // first: it numbers the texts the other parts link into
    root.replaceChildren(
      head(doc),
      areasSection(doc),
      element("section", { class: "panel", "aria-label": "Liên kết · Links" },
        linkList("Liên kết từ văn bản này · Links from this document", doc.outgoing, "outgoing"),
        linkList("Liên kết đến văn bản này · Links to this document", doc.incoming, "incoming")),
      texts,
    );
  }

  fetch(window.location.pathname + window.location.search, { headers: { Accept: "application/json" } })
    .then((response) => response.json().then((body) => ({ ok: response.ok, body })))
    .then(({ ok, body }) => {
      if (ok) return render(body);
      const problem = element("section", { class: "panel problem", role: "alert" },
        element("h2", {}, body.error || "error"), element("p", {}, body.detail || ""));
      if (body.candidates && body.candidates.length) {
        problem.append(element("p", {}, "Có phải · Did you mean:"),
          element("ul", {}, ...body.candidates.map((c) => element("li", {}, documentLink(c)))));
      }
      root.replaceChildren(problem);
    })
    .catch((error) => root.replaceChildren(element("p", { class: "problem", role: "alert" },
      `Không tải được · Could not load: ${error.message}`)));
})();
