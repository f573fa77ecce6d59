/* frontwire's DOM helpers, one copy for the map page (app.js) and the API docs (docs.js). */
(function () {
  "use strict";

  // el("a", { class, text, style, onclick, href, ... }, ...children): an attribute or a child
  // that is null, undefined or false is left out; `on...` attributes are event listeners.
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k === "style") node.style.cssText = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  window.frontwireDom = { el, $: (sel) => document.querySelector(sel) };
})();
