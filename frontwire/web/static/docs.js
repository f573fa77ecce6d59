/* /docs: renders the API's own OpenAPI spec (api/openapi.json) as a page, offline. */
(function () {
  "use strict";

  const { el, $ } = window.frontwireDom;  // static/dom.js

  function resolve(spec, schema) {
    let s = schema || {};
    for (let i = 0; s.$ref && i < 10; i++) s = s.$ref.split("/").slice(1).reduce((o, k) => (o || {})[k], spec) || {};
    return s;
  }

  function typeOf(spec, schema) {
    const s = resolve(spec, schema);
    if (s.anyOf) return s.anyOf.map((x) => typeOf(spec, x)).filter((t) => t !== "null").join(" | ") || "null";
    if (s.type === "array") return `array of ${typeOf(spec, s.items)}`;
    if (schema && schema.$ref) return schema.$ref.split("/").pop();
    return s.type || s.title || "object";
  }

  function constraints(schema) {
    const s = schema || {};
    const parts = [];
    for (const key of ["minimum", "maximum", "minLength", "maxLength", "pattern", "format", "default"]) {
      if (s[key] !== undefined && s[key] !== null) parts.push(`${key} ${JSON.stringify(s[key])}`);
    }
    if (s.anyOf) for (const x of s.anyOf) parts.push(...constraints(x).filter((p) => !parts.includes(p)));
    return parts;
  }

  function operation(spec, path, method, op) {
    const id = `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, "-");
    const params = op.parameters || [];
    const body = op.requestBody && op.requestBody.content && op.requestBody.content["application/json"];
    const responses = Object.entries(op.responses || {});
    const tryLink = method === "get" && !path.includes("{") && !params.some((p) => p.required)
      ? el("a", { class: "try", href: path.replace(/^\//, "") }, "try it ›") : null;
    return el("section", { class: "op", id, "data-path": path, "data-method": method },
      el("h2", {}, el("span", { class: `method ${method}`, text: method.toUpperCase() }), path),
      op.summary ? el("p", { text: op.summary }) : null,
      op.description && op.description !== op.summary ? el("p", { class: "muted", text: op.description }) : null,
      params.length ? el("table", {},
        el("tr", {}, el("th", { text: "parameter" }), el("th", { text: "in" }), el("th", { text: "type" }), el("th", { text: "description" })),
        params.map((p) => el("tr", {},
          el("td", {}, el("code", { text: p.name + (p.required ? " *" : "") })), el("td", { text: p.in }),
          el("td", { text: typeOf(spec, p.schema) }),
          el("td", {}, p.description || (p.schema && p.schema.description) || "", el("div", { class: "muted", text: constraints(p.schema).join(" · ") }))))) : null,
      body ? el("p", {}, "Body: ", el("code", { text: typeOf(spec, body.schema) })) : null,
      el("p", { class: "muted" }, "Responses: ", responses.map(([code, r]) => `${code} ${r.description || ""}`).join(" · ")),
      tryLink);
  }

  function schemaSection(spec, name, schema) {
    const props = Object.entries(schema.properties || {});
    return el("section", { class: "op", id: `schema-${name}` },
      el("h2", { text: name }),
      schema.description ? el("p", { class: "muted", text: schema.description }) : null,
      props.length ? el("table", {}, props.map(([k, v]) => el("tr", {},
        el("td", {}, el("code", { text: k + ((schema.required || []).includes(k) ? " *" : "") })),
        el("td", { text: typeOf(spec, v) }), el("td", { text: v.description || "" })))) : null);
  }

  async function start() {
    const response = await fetch("api/openapi.json", { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`api/openapi.json: HTTP ${response.status}`);
    const spec = await response.json();
    document.title = `${spec.info.title} API ${spec.info.version}`;
    $("#api-summary").textContent = `${spec.info.version} · ${spec.info.description || ""}`;
    const byTag = new Map();
    for (const [path, item] of Object.entries(spec.paths || {})) {
      for (const [method, op] of Object.entries(item)) {
        const tag = (op.tags || ["other"])[0];
        if (!byTag.has(tag)) byTag.set(tag, []);
        byTag.get(tag).push([path, method, op]);
      }
    }
    const toc = $("#docs-toc");
    const body = $("#docs-body");
    for (const [tag, ops] of byTag) {
      toc.append(el("h3", { text: tag }), ...ops.map(([path, method]) =>
        el("a", { href: `#${method}-${path}`.replace(/[^A-Za-z0-9#]+/g, "-") }, `${method.toUpperCase()} ${path}`)));
      body.append(el("h2", { class: "tag", text: tag }), ...ops.map(([path, method, op]) => operation(spec, path, method, op)));
    }
    const schemas = Object.entries((spec.components || {}).schemas || {});
    toc.append(el("h3", { text: "schemas" }), ...schemas.map(([name]) => el("a", { href: `#schema-${name}`, text: name })));
    body.append(el("h2", { class: "tag", text: "schemas" }), ...schemas.map(([name, s]) => schemaSection(spec, name, s)));
    document.body.dataset.state = "ready";
  }

  start().catch((err) => {
    console.error(err);
    document.body.dataset.state = "error";
    $("#docs-body").textContent = "Could not load the API description: " + err.message;
  });
})();
