/* The trace view: a from/to form that submits to /trace?from=..&to=.. (a URL to share), and the
   chain it finds drawn as boxes and arrows, then each hop with the sentence that states it, the
   stating span marked, its source file and offsets.

   The server puts the JSON answer of the same URL in #trace-answer (null for the empty form), so the
   page needs no second request; when it is missing (the file opened as /static/trace.html) the page
   asks /trace for it. */
(function () {
  "use strict";

  const form = document.getElementById("trace-form");
  const fromInput = document.getElementById("trace-from");
  const toInput = document.getElementById("trace-to");
  const result = document.getElementById("trace-result");

  const { element, documentLink, sentenceWithSpan, documentName: name } = window.policygraphDom;

  function traceHref(from, to) {
    const parameters = new URLSearchParams({ from });
    if (to) parameters.set("to", to);
    return "/trace?" + parameters;
  }

  // ---- the chain drawn ---------------------------------------------------------------------------
  function chainDocument(ref, role) {
    const box = ref.href
      ? element("a", { href: ref.href, title: ref.iri }, name(ref), ref.label && ref.label !== name(ref) ? element("span", { class: "doc-label" }, ref.label) : null)
      : element("span", { class: "doc", title: ref.iri }, name(ref));
    return element("li", { class: `chain-document ${role}`.trim(), "data-number": ref.number || "" }, box);
  }

  function chainArrow(hop) {
    return element("li", { class: "chain-arrow", "data-relation": hop.relation, "data-step": hop.step },
      element("span", { class: "line", "aria-hidden": "true" }),
      element("span", { class: "relation" }, hop.relation),
      element("span", { class: "line", "aria-hidden": "true" }),
      element("span", { class: "head", "aria-hidden": "true" }));
  }

  function chain(answer) {
    const list = element("ol", { class: "chain", "aria-label": "Chuỗi liên kết · The chain" });
    list.append(chainDocument(answer.hops[0].from_document, "start"));
    answer.hops.forEach((hop, index) => {
      list.append(chainArrow(hop), chainDocument(hop.to_document, index === answer.hops.length - 1 ? "goal" : ""));
    });
    return list;
  }

  function hopItem(hop) {
    const ev = hop.evidence;
    return element("li", { class: "hop", "data-step": hop.step, "data-relation": hop.relation },
      element("div", { class: "hop-head" }, documentLink(hop.from_document), " — ",
        element("span", { class: "relation" }, hop.relation), " → ", documentLink(hop.to_document)),
      sentenceWithSpan(ev),
      element("div", { class: "source" }, `${ev.source} [${ev.start}:${ev.end}]`),
      hop.also_stated_in.length
        ? element("p", { class: "also" }, "Cũng được nêu trong · Also stated in: ", hop.also_stated_in.join(", "))
        : null);
  }

  // ---- answers -----------------------------------------------------------------------------------
  function showTrace(answer) {
    const panel = element("section", { class: "panel trace-answer", "aria-labelledby": "answer-title" });
    const start = name(answer.start);
    if (answer.goal) {
      const goal = name(answer.goal);
      if (!answer.found) {
        panel.classList.add("no-chain");
        panel.append(element("h2", { id: "answer-title" }, `Không có chuỗi · No chain from ${start} to ${goal}`),
          element("p", {}, `Không có chuỗi liên kết nào đi từ ${start} đến ${goal} theo chiều của các liên kết · `
            + `No chain of links leads from ${start} to ${goal}, following the links' direction. `),
          element("p", {}, element("a", { href: traceHref(answer.goal.id || goal, answer.start.id || start) },
            `Thử chiều ngược lại · Try from ${goal} to ${start}`)));
        return panel;
      }
      if (!answer.hops.length) {
        panel.append(element("h2", { id: "answer-title" }, `${start} là văn bản đích · ${start} is the goal itself`));
        return panel;
      }
      panel.append(element("h2", { id: "answer-title" },
        `${start} → ${goal}: ${answer.hops.length} bước · ${answer.hops.length === 1 ? "hop" : "hops"}`),
      chain(answer));
    } else {
      panel.append(element("h2", { id: "answer-title" },
        `Liên kết đi từ ${start} · Links reachable from ${start} (${answer.hops.length})`));
      if (!answer.hops.length) {
        panel.append(element("p", {}, `${start} không liên kết đến văn bản nào · ${start} links to no document.`));
        return panel;
      }
    }
    panel.append(element("h3", {}, "Từng bước và câu văn nêu ra nó · Each hop and the sentence that states it"),
      element("ol", { class: "hops" }, answer.hops.map(hopItem)));
    return panel;
  }

  function showProblem(problem, from, to) {
    const panel = element("section", { class: "panel problem", role: "alert", "aria-labelledby": "answer-title",
                                       "data-status": problem.status });
    panel.append(element("h2", { id: "answer-title" }, problem.error || "error"), element("p", { class: "detail" }, problem.detail || ""));
    if (problem.candidates && problem.candidates.length) {
      // The detail names the parameter at fault first: "from='45-NQ/TW' names 2 documents ...".
      const side = /^to=/.test(problem.detail || "") ? "to" : "from";
      panel.append(element("p", {}, "Chọn một văn bản · Choose one document:"),
        element("ul", { class: "candidates" }, problem.candidates.map((candidate) => {
          const id = candidate.id || candidate.iri;
          const href = side === "from" ? traceHref(id, to) : traceHref(from, id);
          return element("li", { "data-id": id },
            element("a", { href, class: "trace-candidate" }, `Truy vết với · Trace with ${id}`),
            candidate.label ? ` (${candidate.label})` : null, " · ",
            candidate.href ? element("a", { href: candidate.href, "aria-label": `Trang văn bản · Document page of ${id}` }, "trang văn bản · page") : null);
        })));
    }
    return panel;
  }

  function show(answer, from, to) {
    if (answer === null) {
      result.replaceChildren();
      return;
    }
    result.replaceChildren(Array.isArray(answer.hops) ? showTrace(answer) : showProblem(answer, from, to));
    document.title = Array.isArray(answer.hops) && answer.goal
      ? `policygraph · ${name(answer.start)} → ${name(answer.goal)}`
      : "policygraph · truy vết · trace";
  }

  function embeddedAnswer() {
    try {
      return { answer: JSON.parse(document.getElementById("trace-answer").textContent) };
    } catch (error) {
      return null; // the page was not filled in by the server
    }
  }

  const parameters = new URLSearchParams(window.location.search);
  const from = (parameters.get("from") || "").trim();
  const to = (parameters.get("to") || "").trim();
  fromInput.value = from;
  toInput.value = to;
  if (!from) fromInput.focus();
  form.addEventListener("submit", () => {
    fromInput.value = fromInput.value.trim();
    toInput.value = toInput.value.trim();
  });

  const embedded = embeddedAnswer();
  if (embedded) {
    show(embedded.answer, from, to);
  } else if (from) {
    fetch(traceHref(from, to), { headers: { Accept: "application/json" } })
      .then((response) => response.json())
      .then((answer) => show(answer, from, to))
      .catch((error) => result.replaceChildren(element("p", { class: "panel problem", role: "alert" },
        `Không tải được · Could not load: ${error.message}`)));
  }
})();
