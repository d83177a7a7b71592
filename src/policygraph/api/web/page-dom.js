/* What every page builds its DOM with, shared so that the pages agree (loaded before each page's script):
   the element builder, how a document is named and linked, and how a sentence shows the words it backs. */
(function () {
  "use strict";

  /* element("a", {href: "/x", title: null}, "text", [child, ...]): attributes that are null, undefined
     or false are left out; children may be nested arrays, and null ones are skipped. */
  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined && value !== false) node.setAttribute(key, value);
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  /* A document as people cite it: its number when it has one, else its name, its id, its IRI. */
  function documentName(ref) {
    return ref.number || ref.label || ref.id || ref.iri;
  }

  /* A link to the document's page (its IRI as the title); a document with no page of its own is named
     without a link. */
  function documentLink(ref) {
    const name = documentName(ref);
    return ref.href ? element("a", { href: ref.href, title: ref.iri }, name) : element("span", { title: ref.iri }, name);
  }

  /* The sentence that states a statement, with the statement's own words marked; the words alone when
     the sentence does not hold them (a span across sentences). */
  function sentenceWithSpan(evidence) {
    const sentence = evidence.sentence || evidence.text;
    const at = sentence.indexOf(evidence.text);
    const quote = element("blockquote", { class: "evidence", lang: "vi" });
    if (at < 0) quote.append(element("mark", {}, evidence.text));
    else quote.append(sentence.slice(0, at), element("mark", {}, evidence.text), sentence.slice(at + evidence.text.length));
    return quote;
  }

  window.policygraphDom = { element, documentName, documentLink, sentenceWithSpan };
})();
