/* frontwire: the map, timeline, quote browser and article reader over /api. Plain JS, no build. */
(function () {
  "use strict";

  const TYPE_COLORS = {
    ASSAULT: "#c0392b", COERCE: "#d35400", THREATEN: "#e67e22", SANCTION: "#b9770e",
    MOBILIZE: "#8e44ad", PROTEST: "#9b59b6", ACCUSE: "#a93279", REJECT: "#795548",
    DEMAND: "#5d6d7e", REQUEST: "#17a2b8", CONSULT: "#1f5fa8", AGREE: "#27ae60",
    SUPPORT: "#16a085", COOPERATE: "#138d75", AID: "#2e8b57", RETREAT: "#7f8c8d",
  };
  const EVENT_PAGE = 500;
  const MAX_EVENTS = 5000;

  const $ = (sel) => document.querySelector(sel);
  const state = { facets: null, events: [], generation: 0, refreshToken: 0, quotesNext: null, claimsNext: null, articlesNext: null };

  // -- helpers ------------------------------------------------------------------------

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

  function svg(tag, attrs) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    return node;
  }

  async function api(path, params) {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "") query.set(k, v);
    const url = "api/" + path + (query.toString() ? "?" + query : "");
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  }

  const color = (type) => TYPE_COLORS[type] || "#6c7a89";
  const short = (text, n) => (text && text.length > n ? text.slice(0, n - 1) + "…" : text || "");
  const articleLink = (articleId, kind, id) => `#article=${articleId}` + (id != null ? `&${kind}=${id}` : "");
  const typeBadge = (type) => el("span", { class: "badge", style: `--swatch:${color(type)}`, text: type });

  function dayList(min, max) {
    const days = [];
    if (!min || !max) return days;
    for (let d = new Date(min + "T00:00:00Z"); d <= new Date(max + "T00:00:00Z") && days.length < 3660; d.setUTCDate(d.getUTCDate() + 1)) {
      days.push(d.toISOString().slice(0, 10));
    }
    return days;
  }

  // -- the map ------------------------------------------------------------------------

  const map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5 }).setView([48, 30], 3);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Borders: Natural Earth 1:110m");
  const eventLayer = L.layerGroup().addTo(map);
  const placeLayer = L.layerGroup().addTo(map);
  L.control.layers(null, { Events: eventLayer, Places: placeLayer }, { collapsed: false }).addTo(map);
  L.control.scale({ imperial: false }).addTo(map);

  // Polygons cut at the antimeridian (Russia's Chukotka, Fiji) hop from 180 to -180 and back,
  // which Leaflet draws as lines across the world: move their western half east of 180.
  function unwrapAntimeridian(geometry) {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    for (const rings of polygons) {
      const outer = rings[0] || [];
      let jumps = 0;
      for (let i = 1; i < outer.length; i++) if (Math.abs(outer[i][0] - outer[i - 1][0]) > 180) jumps++;
      if (jumps < 2) continue;
      for (const ring of rings) for (const point of ring) if (point[0] < 0) point[0] += 360;
    }
  }

  async function loadBasemap() {
    const response = await fetch("static/vendor/world-atlas/countries-110m.json");
    const topo = await response.json();
    const countries = topojson.feature(topo, topo.objects.countries);
    for (const f of countries.features) if (f.geometry) unwrapAntimeridian(f.geometry);
    L.geoJSON(countries, {
      interactive: false,
      style: { color: "#9aa5ad", weight: 0.7, fillColor: "#f1efe6", fillOpacity: 1 },
    }).addTo(map).bringToBack();
  }

  function eventPopup(events) {
    const list = el("ul", {}, events.map((e) => el("li", {},
      typeBadge(e.type), " ", el("strong", { text: e.date || e.published || "" }), " ",
      (e.actors || []).map((a) => a.name).join(", "),
      el("div", { text: short(e.evidence, 180) }),
      el("a", { href: articleLink(e.article_id, "event", e.id), text: "evidence in article ›" }))));
    return el("div", { class: "popup" }, el("h3", { text: `${events[0].place || "?"} · ${events.length} event${events.length > 1 ? "s" : ""}` }), list);
  }

  function drawEvents(features) {
    eventLayer.clearLayers();
    const groups = new Map();
    for (const f of features) {
      const [lon, lat] = f.geometry.coordinates;
      const key = lat.toFixed(4) + "," + lon.toFixed(4);
      if (!groups.has(key)) groups.set(key, { lat, lon, events: [] });
      groups.get(key).events.push(f.properties);
    }
    for (const g of groups.values()) {
      const counts = {};
      for (const e of g.events) counts[e.type] = (counts[e.type] || 0) + 1;
      const top = Object.keys(counts).sort((a, b) => counts[b] - counts[a])[0];
      const marker = L.circleMarker([g.lat, g.lon], {
        radius: 6 + Math.min(10, 2.5 * Math.sqrt(g.events.length - 1)),
        color: "#fff", weight: 1.5, fillColor: color(top), fillOpacity: 0.85, className: "fw-event-marker",
      });
      marker.bindPopup(() => eventPopup(g.events), { maxWidth: 340 });
      marker.bindTooltip(`${g.events[0].place || ""}: ${g.events.length} event${g.events.length > 1 ? "s" : ""}`);
      marker.addTo(eventLayer);
      marker.getElement().setAttribute("data-count", String(g.events.length));
      for (const e of g.events) e._marker = marker;
    }
    return groups.size;
  }

  async function loadPlaces() {
    const fc = await api("geo/places");
    placeLayer.clearLayers();
    for (const f of fc.features) {
      const p = f.properties;
      const [lon, lat] = f.geometry.coordinates;
      const marker = L.circleMarker([lat, lon], {
        radius: 3.5, color: "#3b4650", weight: 1, fillColor: "#fff", fillOpacity: 1, className: "fw-place-marker",
      });
      marker.bindPopup(() => el("div", { class: "popup" },
        el("h3", { text: p.name + (p.country ? ` (${p.country})` : "") }),
        el("div", { class: "muted", text: `${p.kind || ""} · ${p.n_articles} article(s), ${p.n_events} event(s)` +
          (p.names && p.names.length ? ` · as ${p.names.join(", ")}` : "") }),
        el("ul", {}, (p.articles || []).map((a) => el("li", {}, el("a", { href: articleLink(a.id), text: a.title || `article ${a.id}` }))))));
      marker.bindTooltip(p.name);
      marker.addTo(placeLayer);
    }
    placeLayer.eachLayer((m) => m.bringToBack());
  }

  // -- events: filters, timeline, list --------------------------------------------------

  function filters() {
    return {
      type: $("#f-type").value, actor: $("#f-actor").value.trim(), place: $("#f-place").value.trim(),
      from: $("#f-from").value, to: $("#f-to").value,
    };
  }

  async function fetchAll(path, params, key) {
    const items = [];
    let cursor = null;
    do {
      const page = await api(path, { ...params, limit: key === "features" ? MAX_EVENTS : EVENT_PAGE, cursor });
      items.push(...page[key || "items"]);
      cursor = page.next;
    } while (cursor && items.length < MAX_EVENTS);
    return items;
  }

  async function refreshEvents() {
    const token = ++state.refreshToken;
    document.body.dataset.state = "loading";
    const f = filters();
    const [events, features] = await Promise.all([fetchAll("events", f), fetchAll("geo/events", f, "features")]);
    if (token !== state.refreshToken) return; // a newer refresh is under way
    state.events = events;
    const places = drawEvents(features);
    const count = $("#event-count");
    count.dataset.total = String(events.length);
    count.dataset.mapped = String(features.length);
    const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    count.textContent = `${plural(events.length, "event")} · ${features.length} on the map at ${plural(places, "place")}`;
    renderEventList(events);
    renderTimeline();
    state.generation += 1;
    document.body.dataset.generation = String(state.generation);
    document.body.dataset.state = "ready";
  }

  function renderEventList(events) {
    const list = $("#event-list");
    list.replaceChildren(...events.slice(0, 300).map((e) => el("li", { "data-event": e.id },
      el("div", { class: "head" }, typeBadge(e.type), el("strong", { text: e.date || e.published || "undated" }),
        e.place ? el("span", { text: "@ " + e.place }) : null,
        e.modality && e.modality !== "asserted" ? el("span", { class: "badge light", text: e.modality }) : null),
      (e.actors || []).length ? el("div", { class: "muted", text: e.actors.map((a) => `${a.name} (${a.role})`).join(", ") }) : null,
      el("div", { class: "body", text: short(e.evidence, 220) }),
      el("a", { href: articleLink(e.article_id, "event", e.id), text: `${short(e.article_title || "article", 60)} › evidence` }),
      e.lat != null ? el("a", { href: "#", class: "locate", text: "  · on the map", onclick: (ev) => { ev.preventDefault(); locate(e); } }) : null)));
    if (events.length > 300) list.append(el("li", { class: "muted", text: `… and ${events.length - 300} more: narrow the filters.` }));
  }

  function locate(e) {
    map.flyTo([e.lat, e.lon], Math.max(map.getZoom(), 6), { duration: 0.6 });
    const marker = eventLayer.getLayers().find((m) => {
      const p = m.getLatLng();
      return Math.abs(p.lat - e.lat) < 1e-4 && Math.abs(p.lng - e.lon) < 1e-4;
    });
    if (marker) setTimeout(() => marker.openPopup(), 650);
  }

  function renderLegend(types) {
    $("#legend").replaceChildren(...types.map((t) => el("span", { style: `--swatch:${color(t.name)}`, text: `${t.name} ${t.n}` })));
  }

  function renderTimeline() {
    const chart = $("#timeline-chart");
    const facets = state.facets;
    chart.replaceChildren();
    if (!facets || !facets.date_min) return;
    const days = dayList(facets.date_min, facets.date_max);
    const all = Object.fromEntries(facets.timeline.map((d) => [d.date, d.n]));
    const shown = {};
    for (const e of state.events) {
      const d = (e.date || e.published || "").slice(0, 10);
      if (d) shown[d] = (shown[d] || 0) + 1;
    }
    const width = chart.clientWidth || 360;
    const height = 64;
    const base = 12;
    const top = Math.max(1, ...Object.values(all));
    const w = width / days.length;
    chart.setAttribute("viewBox", `0 0 ${width} ${height}`);
    days.forEach((day, i) => {
      const g = svg("g", { class: "day", "data-date": day });
      const h = (n) => (n / top) * (height - base - 4);
      const bar = (cls, n) => svg("rect", { class: cls, x: i * w + 0.5, y: height - base - h(n), width: Math.max(1, w - 1), height: h(n) });
      g.append(bar("all", all[day] || 0));
      if (shown[day]) g.append(bar("shown", shown[day]));
      g.append(svg("rect", { x: i * w, y: 0, width: w, height: height - base, fill: "transparent" }));
      const title = svg("title", {});
      title.textContent = `${day}: ${shown[day] || 0} shown of ${all[day] || 0}`;
      g.append(title);
      g.addEventListener("click", () => { $("#f-from").value = day; $("#f-to").value = day; syncSlider(); refreshEvents(); });
      chart.append(g);
    });
    for (const [i, anchor] of [[0, "start"], [days.length - 1, "end"]]) {
      const label = svg("text", { x: anchor === "start" ? 0 : width, y: height - 2, "text-anchor": anchor });
      label.textContent = days[i];
      chart.append(label);
    }
  }

  // The slider walks the "to" day from the first to the last day of the store's events.
  function sliderDays() { return state.facets ? dayList(state.facets.date_min, state.facets.date_max) : []; }

  function syncSlider() {
    const days = sliderDays();
    const slider = $("#slider");
    slider.max = String(Math.max(0, days.length - 1));
    const to = $("#f-to").value;
    const i = to ? days.findIndex((d) => d >= to) : -1;
    slider.value = String(i === -1 ? days.length - 1 : i);
    $("#slider-label").textContent = to ? `up to ${to}` : "all days";
  }

  function onSlide() {
    const days = sliderDays();
    const i = Number($("#slider").value);
    $("#f-to").value = i >= days.length - 1 ? "" : days[i];
    if ($("#f-from").value && $("#f-to").value && $("#f-from").value > $("#f-to").value) $("#f-from").value = "";
    $("#slider-label").textContent = $("#f-to").value ? `up to ${$("#f-to").value}` : "all days";
    refreshEvents();
  }

  let playing = null;
  function togglePlay() {
    const button = $("#play");
    if (playing) { clearInterval(playing); playing = null; button.textContent = "▶"; return; }
    const slider = $("#slider");
    if (Number(slider.value) >= Number(slider.max)) slider.value = "0";
    button.textContent = "❚❚";
    onSlide();
    playing = setInterval(() => {
      if (Number(slider.value) >= Number(slider.max)) { togglePlay(); return; }
      slider.value = String(Number(slider.value) + 1);
      onSlide();
    }, 800);
  }

  // -- quotes and articles --------------------------------------------------------------

  async function loadQuotes(more) {
    const params = { speaker: $("#q-speaker").value, q: $("#q-words").value.trim(), limit: 50, cursor: more ? state.quotesNext : null };
    const page = await api("quotes", params);
    const list = $("#quote-list");
    if (!more) list.replaceChildren();
    list.append(...page.items.map((q) => el("li", { "data-quote": q.id },
      el("div", { class: "head" }, el("span", { class: "speaker", text: q.speaker || "unattributed" }),
        el("span", { class: "badge light", text: q.kind || "" }), el("span", { class: "muted", text: q.published || "" })),
      el("div", { class: "body", text: `“${q.text}”` }),
      el("a", { href: articleLink(q.article_id, "quote", q.id), text: `${short(q.article_title || "article", 60)} › in context` }))));
    state.quotesNext = page.next;
    $("#quote-more").hidden = !page.next;
    $("#quote-count").textContent = `${list.children.length}${page.next ? "+" : ""} quote${list.children.length === 1 ? "" : "s"}`;
  }

  async function loadArticles(more) {
    const page = await api("articles", { q: $("#a-words").value.trim(), limit: 50, cursor: more ? state.articlesNext : null });
    const list = $("#article-list");
    if (!more) list.replaceChildren();
    list.append(...page.items.map((a) => el("li", {},
      el("div", { class: "head" }, el("strong", { text: a.published || "" }), el("span", { class: "muted", text: a.publisher || "" })),
      el("a", { href: articleLink(a.id), text: a.title || a.source || `article ${a.id}` }),
      el("div", { class: "muted", text: `${a.n_events} events · ${a.n_quotes} quotes · ${a.n_places} places` + (a.sources.length > 1 ? ` · ${a.sources.length} sources` : "") }),
      a.snippet ? el("div", { class: "body", text: a.snippet }) : null)));
    state.articlesNext = page.next;
    $("#article-more").hidden = !page.next;
  }

  async function loadClaims(more) {
    const page = await api("claims", { min_sources: $("#c-min").value, limit: 50, cursor: more ? state.claimsNext : null });
    const list = $("#claim-list");
    if (!more) list.replaceChildren();
    list.append(...page.items.map((c) => el("li", { "data-claim": c.id },
      el("div", { class: "head" }, typeBadge(c.type || "?"), el("strong", { text: c.place || "" }),
        el("span", { class: "muted", text: [c.date_from, c.date_to].filter(Boolean).filter((d, i, a) => a.indexOf(d) === i).join(" – ") }),
        el("span", { class: "badge light", text: `${c.n_sources || (c.sources || []).length} source(s)` }),
        c.disputed ? el("span", { class: "badge", style: "--swatch:#a93279", text: "disputed" }) : null),
      el("ul", { class: "sources" }, (c.sources || []).map((s) => el("li", {},
        el("span", { class: "muted", text: `${s.publisher || "?"} · ${s.stance || ""}` + (s.speakers && s.speakers.length ? ` · ${s.speakers.map((p) => p.name).join(", ")}` : "") }),
        (s.evidence || []).slice(0, 2).map((ev) => el("div", {},
          el("span", { class: "body", text: short(ev, 160) + " " }),
          el("a", { href: `#article=${s.article_id}&find=${encodeURIComponent(ev)}`, text: "in article ›" })))))),
      (c.contradictions || []).length ? el("div", { class: "muted", text: `${c.contradictions.length} contradiction(s)` }) : null)));
    state.claimsNext = page.next;
    $("#claim-more").hidden = !page.next;
    $("#claim-count").textContent = `${list.children.length}${page.next ? "+" : ""} claim${list.children.length === 1 ? "" : "s"}`;
  }

  // -- the article reader: #article=ID[&event=ID|&quote=ID] -------------------------------

  function route() {
    const params = new URLSearchParams(location.hash.slice(1));
    const id = params.get("article");
    if (!id) { $("#reader").hidden = true; return; }
    openArticle(Number(id), params.get("event"), params.get("quote"), params.get("find")).catch((err) => console.error(err));
  }

  function highlighted(text, span, inner) {
    // The evidence sentence as <mark class="evidence">, the quote inside it as <mark class="quote">.
    if (!span || span[0] == null) return [document.createTextNode(text)];
    const [s, e] = span;
    const mark = el("mark", { class: "evidence", id: "focus" });
    if (inner && inner[0] != null && inner[0] >= s && inner[1] <= e) {
      mark.append(text.slice(s, inner[0]), el("mark", { class: "quote", text: text.slice(inner[0], inner[1]) }), text.slice(inner[1], e));
    } else {
      mark.textContent = text.slice(s, e);
    }
    return [document.createTextNode(text.slice(0, s)), mark, document.createTextNode(text.slice(e))];
  }

  async function openArticle(id, eventId, quoteId, find) {
    const a = await api(`articles/${id}`);
    $("#reader").hidden = false;
    $("#reader-title").textContent = a.title || `article ${a.id}`;
    const sources = (a.sources || []).map((s) => s.url || s.source).filter(Boolean);
    $("#reader-meta").textContent = [a.publisher, a.published, sources.join(" · ")].filter(Boolean).join(" · ");
    let span = null, inner = null;
    const event = eventId && a.events.find((e) => String(e.id) === eventId);
    const quote = quoteId && a.quotes.find((q) => String(q.id) === quoteId);
    if (event) span = [event.evidence_start, event.evidence_end];
    if (quote) {
      span = quote.sentence_start != null ? [quote.sentence_start, quote.sentence_end] : [quote.start, quote.end];
      inner = [quote.start, quote.end];
    }
    if (!span && find) {
      const at = a.text.indexOf(find);
      if (at !== -1) span = [at, at + find.length];
    }
    $("#reader-text").replaceChildren(...highlighted(a.text, span, inner));
    $("#reader-records").replaceChildren(
      ...a.events.map((e) => el("a", {
        href: articleLink(a.id, "event", e.id), class: event === e ? "current" : null, title: e.evidence,
        style: `border-left:4px solid ${color(e.type)}`, text: `${e.type} ${e.place || ""}`.trim(),
      })),
      ...a.quotes.filter((q) => q.id != null).map((q) => el("a", {
        href: articleLink(a.id, "quote", q.id), class: quote === q ? "current" : null, title: q.text, text: `“${q.speaker || "?"}”`,
      })));
    const focus = $("#focus");
    if (focus) focus.scrollIntoView({ block: "center" });
    else $("#reader").scrollTop = 0;
  }

  // -- tabs and start-up ------------------------------------------------------------------

  function showTab(name) {
    for (const b of document.querySelectorAll(".tabs button")) b.setAttribute("aria-selected", String(b.dataset.tab === name));
    for (const s of document.querySelectorAll(".tab")) s.hidden = s.id !== `tab-${name}`;
    if (name === "quotes" && !$("#quote-list").children.length) loadQuotes(false);
    if (name === "articles" && !$("#article-list").children.length) loadArticles(false);
    if (name === "claims" && !$("#claim-list").children.length) loadClaims(false);
  }

  function debounce(fn, ms) { let t; return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); }; }

  async function start() {
    for (const b of document.querySelectorAll(".tabs button")) b.addEventListener("click", () => showTab(b.dataset.tab));
    const form = $("#event-filters");
    form.addEventListener("submit", (e) => { e.preventDefault(); refreshEvents(); });
    for (const id of ["#f-type", "#f-from", "#f-to"]) $(id).addEventListener("change", () => { syncSlider(); refreshEvents(); });
    for (const id of ["#f-actor", "#f-place"]) $(id).addEventListener("input", debounce(refreshEvents, 300));
    form.addEventListener("reset", () => setTimeout(() => { syncSlider(); refreshEvents(); }, 0));
    $("#slider").addEventListener("input", onSlide);
    $("#play").addEventListener("click", togglePlay);
    $("#q-speaker").addEventListener("change", () => loadQuotes(false));
    $("#q-words").addEventListener("input", debounce(() => loadQuotes(false), 300));
    $("#quote-filters").addEventListener("submit", (e) => { e.preventDefault(); loadQuotes(false); });
    $("#quote-more").addEventListener("click", () => loadQuotes(true));
    $("#c-min").addEventListener("change", () => loadClaims(false));
    $("#claim-more").addEventListener("click", () => loadClaims(true));
    $("#a-words").addEventListener("input", debounce(() => loadArticles(false), 300));
    $("#article-filters").addEventListener("submit", (e) => { e.preventDefault(); loadArticles(false); });
    $("#article-more").addEventListener("click", () => loadArticles(true));
    $("#reader-close").addEventListener("click", () => { history.pushState(null, "", location.pathname + location.search); route(); });
    window.addEventListener("hashchange", route);

    const [facets, speakers, stats] = await Promise.all([api("facets"), api("speakers"), api("stats"), loadBasemap()]);
    state.facets = facets;
    $("#stats").textContent = `${stats.articles} articles · ${stats.events} events · ${stats.quotes} quotes · ${stats.places} place mentions`;
    $("#f-type").append(...facets.types.map((t) => el("option", { value: t.name, text: `${t.name} (${t.n})` })));
    $("#actor-list").append(...facets.actors.map((a) => el("option", { value: a.name })));
    $("#place-list").append(...facets.places.map((p) => el("option", { value: p.name })));
    $("#q-speaker").append(...speakers.map((s) => el("option", { value: s.name, text: `${s.name} (${s.n})` })));
    renderLegend(facets.types);
    syncSlider();
    await Promise.all([loadPlaces(), refreshEvents()]);
    const bounds = L.latLngBounds([]);
    eventLayer.eachLayer((m) => bounds.extend(m.getLatLng()));
    if (bounds.isValid()) map.fitBounds(bounds.pad(0.3), { maxZoom: 6 });
    route();
  }

  start().catch((err) => {
    console.error(err);
    document.body.dataset.state = "error";
    $("#event-count").textContent = "Could not load the records: " + err.message;
  });
})();
