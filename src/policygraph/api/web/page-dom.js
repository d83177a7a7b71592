/* What every page builds its DOM with, shared so that the pages agree (loaded before each page's script). */
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

  window.policygraphDom = { element };
})();
