/* frontwire: the map, timeline, quote browser and article reader over /api. Plain JS, no build. */
(function () {
  "use strict";

  const TYPE_COLORS = {
    ASSAULT: "#c0392b", COERCE: "#d35400", THREATEN: "#e67e22", SANCTION: "#b9770e",
    MOBILIZE: "#8e44ad", PROTEST: "#9b59b6", ACCUSE: "#a93279", REJECT: "#795548",
    DEMAND: "#5d6d7e", REQUEST: "#17a2b8", CONSULT: "#1f5fa8", AGREE: "#27ae60",
    SUPPORT: "#16a085", COOPERATE: "#138d75", AID: "#2e8b57", RETREAT: "#7f8c8d",
  };
  // Symbols by subtype: what happened, whatever its PLOVER type (the colour says the type).
  const SUBTYPE_SHAPES = {
    strike: "triangle", "air defence": "triangle-down", shelling: "diamond", attack: "circle", battle: "circle",
    assault: "circle", advance: "circle", invasion: "circle", capture: "square", arrest: "square",
    deportation: "square", repression: "square", ban: "square", protest: "star", threat: "cross",
  };
  const SHAPE_NAMES = { circle: "clash, attack", triangle: "strike", "triangle-down": "air defence", diamond: "shelling",
    square: "capture, arrest", star: "protest", cross: "threat", dot: "other" };
  const EVENT_PAGE = 500;
  const MAX_EVENTS = 50000;
  const PLAY_SPEEDS = { slow: 1200, normal: 500, fast: 150 };

  const { el, $ } = window.frontwireDom;  // static/dom.js
  const state = {
    facets: null, events: [], generation: 0, refreshToken: 0, quotesNext: null, claimsNext: null, articlesNext: null,
    selected: null, domain: null, fit: false,
  };

  // -- helpers ------------------------------------------------------------------------

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
    if (!response.ok) throw new Error(await problem(response, url));
    return response.json();
  }

  // The API names what is wrong with a request (422: "from 2025-08-20 is after to 2025-08-01"):
  // that sentence is what the reader sees, not a status code.
  async function problem(response, url) {
    const answer = await response.json().catch(() => ({}));
    const detail = answer.detail;
    if (typeof detail === "string") return detail;
    if (Array.isArray(detail) && detail.length) return detail.map((d) => d.msg || JSON.stringify(d)).join("; ");
    return `${url}: HTTP ${response.status}`;
  }

  // Leaflet puts a string tooltip in as HTML: names from articles and overlay files go in as text.
  const tip = (text) => el("span", { text });
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
  map.attributionControl.addAttribution("Borders: Natural Earth 1:110m and 1:10m · Settlements: GeoNames");
  map.createPane("labels").style.zIndex = 450; // above the basemap and overlays, under the markers
  map.getPane("labels").style.pointerEvents = "none";
  map.createPane("overlays").style.zIndex = 420;
  const eventLayer = L.markerClusterGroup({
    maxClusterRadius: (zoom) => (zoom >= 9 ? 20 : 50), disableClusteringAtZoom: 11, animate: false,
    removeOutsideVisibleBounds: false, showCoverageOnHover: false, chunkedLoading: true,
    iconCreateFunction: clusterIcon,
  }).addTo(map);
  const placeLayer = L.layerGroup().addTo(map);
  const labelLayer = L.layerGroup().addTo(map);
  const overlayLayer = L.layerGroup().addTo(map);
  L.control.layers(null, { Events: eventLayer, Places: placeLayer, Settlements: labelLayer, Overlays: overlayLayer },
    { collapsed: false }).addTo(map);
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

  async function topoFeatures(url, object) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const topo = await response.json();
    return topojson.feature(topo, topo.objects[object]);
  }

  // The world at 1:110m always; from zoom 5 on, over the region the 1:10m files cover (Europe,
  // the Middle East, North Africa, the Caucasus, western Russia), 1:10m coasts and borders and the
  // admin-1 boundaries (oblasts, provinces), loaded on first need.
  const DETAIL_ZOOM = 5;
  const REGION_NAME_ZOOMS = [6, 8.5]; // province names between these zooms, under the towns' labels
  let regionNames = [];
  const DETAIL_BOUNDS = L.latLngBounds([10, -25], [72, 65]);
  let world = null;
  const detail = { layer: null, loading: null };

  async function loadBasemap() {
    const countries = await topoFeatures("static/vendor/world-atlas/countries-110m.json", "countries");
    for (const f of countries.features) if (f.geometry) unwrapAntimeridian(f.geometry);
    world = L.geoJSON(countries, {
      interactive: false,
      style: { color: "#9aa5ad", weight: 0.7, fillColor: "#f1efe6", fillOpacity: 1 },
    }).addTo(map);
    world.bringToBack();
    map.on("zoomend moveend", () => { updateDetail(); });
  }

  async function loadDetail() {
    const [countries, admin1] = await Promise.all([
      topoFeatures("static/vendor/natural-earth/countries-10m.json", "countries"),
      topoFeatures("static/vendor/natural-earth/admin1-10m.json", "admin1"),
    ]);
    const land = L.geoJSON(countries, {
      interactive: false, style: { color: "#8a949c", weight: 1, fillColor: "#f1efe6", fillOpacity: 1, className: "fw-country" },
    });
    const provinces = L.geoJSON(admin1, {
      interactive: false,
      style: (f) => ({ color: "#8d7b9c", weight: 1, dashArray: "4 3", fill: false, className: `fw-admin1 fw-admin1-${(f.properties.iso || "").replace(/[^A-Za-z0-9-]/g, "")}` }),
    });
    // Where each province's name goes: the middle of its bounds (no map needed to compute it).
    regionNames = provinces.getLayers().filter((l) => l.feature.properties.name)
      .map((l) => ({ name: l.feature.properties.name, at: l.getBounds().getCenter() }));
    return { land, provinces };
  }

  function detailWanted() {
    return map.getZoom() >= DETAIL_ZOOM && DETAIL_BOUNDS.intersects(map.getBounds());
  }

  async function updateDetail() {
    if (!detailWanted()) {
      if (detail.layer) for (const layer of Object.values(detail.layer)) map.removeLayer(layer);
      if (world && !map.hasLayer(world)) { world.addTo(map); world.bringToBack(); }
      return;
    }
    if (!detail.layer) {
      detail.loading = detail.loading || loadDetail();
      detail.layer = await detail.loading;
      if (!detailWanted()) return;
      setTimeout(refreshLabels, 0); // now with the provinces' names
    }
    if (!map.hasLayer(detail.layer.land)) {
      // back to front: the world, the 1:10m land, the provinces' boundaries, then everything else
      detail.layer.provinces.addTo(map).bringToBack();
      detail.layer.land.addTo(map).bringToBack();
      if (world) world.bringToBack();
    }
    // Inside the 1:10m region the coarse world would show its own coast under the fine one.
    if (world && DETAIL_BOUNDS.contains(map.getBounds())) map.removeLayer(world);
    else if (world && !map.hasLayer(world)) { world.addTo(map); world.bringToBack(); }
    document.body.dataset.detail = "ready";
  }

  // -- settlement labels: the biggest first, as many as fit without overlapping ----------

  let labelToken = 0;
  async function refreshLabels() {
    const token = ++labelToken;
    const b = map.getBounds();
    const zoom = Math.round(map.getZoom());
    const bbox = [b.getWest(), Math.max(-90, b.getSouth()), b.getEast(), Math.min(90, b.getNorth())].map((v) => v.toFixed(4)).join(",");
    let settlements = [];
    try {
      settlements = await api("geo/settlements", { bbox, zoom, limit: 200 });
    } catch (err) {
      console.warn(err);
      return;
    }
    if (token !== labelToken) return;
    labelLayer.clearLayers();
    const size = map.getSize();
    const origin = map.getContainer().getBoundingClientRect();
    // Event symbols are not to be covered: a label that would touch one moves to its right.
    const symbols = [...map.getContainer().querySelectorAll(".fw-symbol")].map((node) => {
      const r = node.getBoundingClientRect();
      return { x0: r.left - origin.left, y0: r.top - origin.top, x1: r.right - origin.left, y1: r.bottom - origin.top };
    });
    const overlaps = (box, boxes) => boxes.find((t) => box.x0 < t.x1 && t.x0 < box.x1 && box.y0 < t.y1 && t.y0 < box.y1);
    const taken = [];
    for (const s of settlements) {
      const p = map.latLngToContainerPoint([s.lat, s.lon]);
      const big = s.population >= 500000;
      const w = s.name.length * (big ? 7.5 : 6.2) + 10;
      const h = big ? 16 : 14;
      let box = { x0: p.x - 3, y0: p.y - h / 2, x1: p.x + w, y1: p.y + h / 2 };
      let shift = 0;
      const symbol = overlaps(box, symbols);
      if (symbol) {
        shift = symbol.x1 - box.x0 + 2;
        if (shift > 28) continue; // a label far from its town would name the wrong spot
        box = { ...box, x0: box.x0 + shift, x1: box.x1 + shift };
      }
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > size.x || box.y1 > size.y) continue;
      if (overlaps(box, taken) || overlaps(box, symbols)) continue;
      taken.push(box);
      L.marker([s.lat, s.lon], {
        pane: "labels", interactive: false, keyboard: false,
        icon: L.divIcon({ className: "fw-label" + (big ? " big" : "") + (shift ? " beside" : ""), html: "", iconSize: null, iconAnchor: [3 - shift, h / 2] }),
      }).addTo(labelLayer).getElement().textContent = s.name;
      if (taken.length >= 60) break;
    }
    const zoomNow = map.getZoom();
    if (zoomNow >= REGION_NAME_ZOOMS[0] && zoomNow <= REGION_NAME_ZOOMS[1] && detail.layer && map.hasLayer(detail.layer.provinces)) {
      for (const r of regionNames) {
        const p = map.latLngToContainerPoint(r.at);
        const w = r.name.length * 7 + 6;
        const box = { x0: p.x - w / 2, y0: p.y - 8, x1: p.x + w / 2, y1: p.y + 8 };
        if (box.x0 < 0 || box.y0 < 0 || box.x1 > size.x || box.y1 > size.y || overlaps(box, taken) || overlaps(box, symbols)) continue;
        taken.push(box);
        L.marker(r.at, {
          pane: "labels", interactive: false, keyboard: false,
          icon: L.divIcon({ className: "fw-region-label", html: "", iconSize: null, iconAnchor: [w / 2, 8] }),
        }).addTo(labelLayer).getElement().textContent = r.name;
      }
    }
    document.body.dataset.labels = String(++state.labelGeneration);
  }
  state.labelGeneration = 0;
  map.on("moveend", debounce(() => { refreshLabels(); }, 150));

  // -- event symbols and clusters --------------------------------------------------------

  const SHAPE_PATHS = {
    circle: (r) => `M ${-r} 0 A ${r} ${r} 0 1 0 ${r} 0 A ${r} ${r} 0 1 0 ${-r} 0 Z`,
    dot: (r) => SHAPE_PATHS.circle(r * 0.8),
    triangle: (r) => `M 0 ${-r * 1.15} L ${r * 1.1} ${r * 0.8} L ${-r * 1.1} ${r * 0.8} Z`,
    "triangle-down": (r) => `M 0 ${r * 1.15} L ${r * 1.1} ${-r * 0.8} L ${-r * 1.1} ${-r * 0.8} Z`,
    diamond: (r) => `M 0 ${-r * 1.25} L ${r * 1.1} 0 L 0 ${r * 1.25} L ${-r * 1.1} 0 Z`,
    square: (r) => `M ${-r * 0.9} ${-r * 0.9} H ${r * 0.9} V ${r * 0.9} H ${-r * 0.9} Z`,
    star: (r) => Array.from({ length: 10 }, (_, i) => {
      const a = (Math.PI / 5) * i - Math.PI / 2, q = i % 2 ? r * 0.5 : r * 1.2;
      return `${i ? "L" : "M"} ${(q * Math.cos(a)).toFixed(2)} ${(q * Math.sin(a)).toFixed(2)}`;
    }).join(" ") + " Z",
    cross: (r) => `M ${-r} ${-r * 0.35} H ${-r * 0.35} V ${-r} H ${r * 0.35} V ${-r * 0.35} H ${r} V ${r * 0.35} H ${r * 0.35} V ${r} H ${-r * 0.35} V ${r * 0.35} H ${-r} Z`,
  };
  const shapeOf = (subtype) => SUBTYPE_SHAPES[subtype] || "dot";

  function symbolSvg(shape, fill, r, count, extraClass) {
    const size = Math.ceil(r * 2.6 + 4);
    const c = size / 2;
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="${-c} ${-c} ${size} ${size}">` +
      `<path class="${extraClass}" data-count="${count}" d="${SHAPE_PATHS[shape](r)}" fill="${fill}" fill-opacity="0.88" stroke="#fff" stroke-width="1.5"/>` +
      (extraClass.includes("fw-cluster") ? `<text x="0" y="4" text-anchor="middle" class="fw-cluster-count">${count}</text>` : "") + "</svg>";
  }

  function clusterIcon(cluster) {
    let n = 0;
    const types = {};
    for (const m of cluster.getAllChildMarkers()) {
      n += m.options.count;
      types[m.options.topType] = (types[m.options.topType] || 0) + m.options.count;
    }
    const top = Object.keys(types).sort((a, b) => types[b] - types[a])[0];
    const r = 9 + Math.min(12, 2.2 * Math.sqrt(n));
    const size = Math.ceil(r * 2.6 + 4);
    return L.divIcon({ className: "fw-symbol", html: symbolSvg("circle", color(top), r, n, "fw-event-marker fw-cluster"), iconSize: [size, size] });
  }

  function eventPopup(events) {
    const list = el("ul", {}, events.map((e) => el("li", {},
      typeBadge(e.type), " ", el("strong", { text: e.date || e.published || "" }), " ",
      (e.actors || []).map((a) => a.name).join(", "),
      el("div", { text: short(e.evidence, 180) }),
      el("a", { href: articleLink(e.article_id, "event", e.id), text: "evidence in article ›" }))));
    return el("div", { class: "popup" }, el("h3", { text: `${events[0].place || "?"} · ${events.length} event${events.length > 1 ? "s" : ""}` }), list);
  }

  // Events at one spot share a symbol: the colour of their commonest type, the shape of its
  // commonest subtype; at low zoom nearby spots gather into clusters counting their events.
  function drawEvents(events) {
    eventLayer.clearLayers();
    const groups = new Map();
    for (const e of events) {
      if (e.lat == null || e.lon == null) continue;
      const key = e.lat.toFixed(4) + "," + e.lon.toFixed(4);
      if (!groups.has(key)) groups.set(key, { lat: e.lat, lon: e.lon, events: [] });
      groups.get(key).events.push(e);
    }
    const markers = [];
    for (const g of groups.values()) {
      const types = {}, subtypes = {};
      for (const e of g.events) {
        types[e.type] = (types[e.type] || 0) + 1;
        const st = shapeOf(e.subtype);
        subtypes[st] = (subtypes[st] || 0) + 1;
      }
      const top = Object.keys(types).sort((a, b) => types[b] - types[a])[0];
      const shape = Object.keys(subtypes).sort((a, b) => subtypes[b] - subtypes[a])[0];
      const r = 6 + Math.min(10, 2.5 * Math.sqrt(g.events.length - 1));
      const size = Math.ceil(r * 2.6 + 4);
      const marker = L.marker([g.lat, g.lon], {
        icon: L.divIcon({ className: "fw-symbol", html: symbolSvg(shape, color(top), r, g.events.length, "fw-event-marker"), iconSize: [size, size] }),
        count: g.events.length, topType: top,
      });
      marker.bindPopup(() => eventPopup(g.events), { maxWidth: 340 });
      marker.bindTooltip(tip(`${g.events[0].place || ""}: ${g.events.length} event${g.events.length > 1 ? "s" : ""}`));
      marker.on("popupopen", () => { if (g.events.length === 1) select(g.events[0].id, false); });
      for (const e of g.events) e._marker = marker;
      markers.push(marker);
    }
    eventLayer.addLayers(markers);
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
      marker.bindTooltip(tip(p.name));
      marker.addTo(placeLayer);
    }
    placeLayer.eachLayer((m) => m.bringToBack());
  }

  // -- events: filters (kept in the URL), list, legend, downloads ---------------------------

  const FILTERS = { type: "#f-type", actor: "#f-actor", place: "#f-place", from: "#f-from", to: "#f-to" };

  function filters() {
    return {
      type: $("#f-type").value, actor: $("#f-actor").value.trim(), place: $("#f-place").value.trim(),
      from: $("#f-from").value, to: $("#f-to").value,
    };
  }

  // The view's state lives in the query string (?type=ASSAULT&from=...&event=12), so a view can be
  // shared, bookmarked and reloaded; the hash stays the article reader's.
  function writeUrl() {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(filters())) if (v) params.set(k, v);
    if (state.selected != null) params.set("event", String(state.selected));
    if (state.viewReady) {
      const c = map.getCenter();
      params.set("at", `${map.getZoom()}/${c.lat.toFixed(4)}/${c.lng.toFixed(4)}`);
    }
    const search = params.toString() ? "?" + params : "";
    if (search !== location.search) history.replaceState(null, "", location.pathname + search + location.hash);
  }

  function readUrl() {
    const params = new URLSearchParams(location.search);
    for (const [k, sel] of Object.entries(FILTERS)) {
      const value = params.get(k) || "";
      // the type list fills from the facets later: a type from the URL is offered at once
      if (value && sel === "#f-type" && ![...$(sel).options].some((o) => o.value === value)) $(sel).append(el("option", { value, text: value }));
      $(sel).value = value;
    }
    const event = params.get("event");
    state.selected = event && /^[0-9]+$/.test(event) ? Number(event) : null;
    const at = (params.get("at") || "").match(/^([0-9]+(?:\.[0-9]+)?)\/(-?[0-9.]+)\/(-?[0-9.]+)$/);
    state.at = at ? { zoom: Number(at[1]), center: [Number(at[2]), Number(at[3])] } : null;
  }

  async function fetchAll(path, params) {
    const items = [];
    let cursor = null;
    do {
      const page = await api(path, { ...params, limit: EVENT_PAGE, cursor });
      items.push(...page.items);
      cursor = page.next;
    } while (cursor && items.length < MAX_EVENTS);
    return items;
  }

  // /api/map/events: every filtered event in one compact response (columns and rows).
  async function fetchMapEvents(params) {
    const data = await api("map/events", params);
    const at = Object.fromEntries(data.columns.map((c, i) => [c, i]));
    return data.rows.map((r) => ({
      id: r[at.id], type: r[at.type], subtype: r[at.subtype], date: r[at.date], published: r[at.published],
      place: r[at.place], lat: r[at.lat], lon: r[at.lon], modality: r[at.modality], article_id: r[at.article_id],
      actors: (r[at.actors] || []).map(([name, role]) => ({ name, role })), evidence: r[at.evidence],
      article_title: data.articles[String(r[at.article_id])],
    }));
  }

  const hasFilters = () => Object.values(filters()).some(Boolean);

  // What /api/facets says of the store, counted from the events in hand: equal to it when no
  // filter is set (both read the same events), which spares the page a second pass over the store.
  function localFacets(events) {
    const count = (key) => {
      const n = {};
      for (const e of events) for (const k of key(e)) if (k) n[k] = (n[k] || 0) + 1;
      return Object.entries(n).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, m]) => ({ name, n: m }));
    };
    const days = count((e) => [(e.date || e.published || "").slice(0, 10)]).sort((a, b) => a.name.localeCompare(b.name));
    return {
      types: count((e) => [e.type]), actors: count((e) => e.actors.map((a) => a.name)), places: count((e) => [e.place]),
      date_min: days.length ? days[0].name : null, date_max: days.length ? days[days.length - 1].name : null,
      timeline: days.map((d) => ({ date: d.name, n: d.n })),
    };
  }

  async function refreshEvents(options) {
    const token = ++state.refreshToken;
    document.body.dataset.state = "loading";
    const f = filters();
    writeUrl();
    let events;
    try {
      events = options && options.events ? options.events : await fetchMapEvents(f);
    } catch (err) {
      if (token !== state.refreshToken) return;
      // The last good view stays drawn; the count line says why it was not refreshed.
      const count = $("#event-count");
      count.textContent = err.message;
      count.dataset.state = "error";
      document.body.dataset.state = "error";
      return;
    }
    if (token !== state.refreshToken) return; // a newer refresh is under way
    state.events = events;
    if (!state.facets && !hasFilters()) applyFacets(localFacets(events));
    const places = drawEvents(events);
    const mapped = events.filter((e) => e.lat != null && e.lon != null);
    const count = $("#event-count");
    delete count.dataset.state;
    count.dataset.total = String(events.length);
    count.dataset.mapped = String(mapped.length);
    const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    count.textContent = `${plural(events.length, "event")} · ${mapped.length} on the map at ${plural(places, "place")}`;
    renderEventList(events);
    renderLegend(events);
    renderTimeline();
    renderFeed();
    if (options && options.fit) fitTo(mapped);
    state.generation += 1;
    document.body.dataset.generation = String(state.generation);
    document.body.dataset.state = "ready";
  }

  // The filters' choices and the timeline's span: from the store's facets.
  function applyFacets(facets) {
    state.facets = facets;
    const keep = $("#f-type").value;
    $("#f-type").replaceChildren(el("option", { value: "", text: "All types" }),
      ...facets.types.map((t) => el("option", { value: t.name, text: `${t.name} (${t.n})` })));
    if (keep && !facets.types.some((t) => t.name === keep)) $("#f-type").append(el("option", { value: keep, text: keep }));
    $("#f-type").value = keep;
    $("#actor-list").replaceChildren(...facets.actors.map((a) => el("option", { value: a.name })));
    $("#place-list").replaceChildren(...facets.places.map((p) => el("option", { value: p.name })));
    syncSlider();
    renderTimeline();
  }

  // The map follows the filters: it fits the filtered events (not while the timeline plays).
  function fitTo(events) {
    if (!events.length) return;
    const bounds = L.latLngBounds(events.map((e) => [e.lat, e.lon]));
    if (bounds.getNorthEast().equals(bounds.getSouthWest())) map.setView(bounds.getCenter(), Math.max(map.getZoom(), 8), { animate: false });
    else map.fitBounds(bounds.pad(0.25), { maxZoom: 9, animate: false });
  }

  function onFilter() {
    state.selected = null;
    syncSlider();
    refreshEvents({ fit: true });
  }

  function eventItem(e) {
    return el("li", { "data-event": e.id, class: state.selected === e.id ? "selected" : null },
      el("div", { class: "head" }, typeBadge(e.type), e.subtype ? el("span", { class: "badge light", text: e.subtype }) : null,
        el("strong", { text: e.date || e.published || "undated" }),
        e.place ? el("span", { text: "@ " + e.place }) : null,
        e.modality && e.modality !== "asserted" ? el("span", { class: "badge light", text: e.modality }) : null),
      (e.actors || []).length ? el("div", { class: "muted", text: e.actors.map((a) => `${a.name} (${a.role})`).join(", ") }) : null,
      el("div", { class: "body", text: short(e.evidence, 220) }),
      el("a", { href: articleLink(e.article_id, "event", e.id), text: `${short(e.article_title || "article", 60)} › evidence` }),
      e.lat != null ? el("a", { href: "#", class: "locate", text: "  · on the map", onclick: (ev) => { ev.preventDefault(); select(e.id, true); } }) : null);
  }

  function renderEventList(events) {
    const list = $("#event-list");
    const shown = events.slice(0, 300);
    const selected = state.selected != null && events.find((e) => e.id === state.selected);
    if (selected && !shown.includes(selected)) shown.unshift(selected);
    list.replaceChildren(...shown.map(eventItem));
    if (events.length > 300) list.append(el("li", { class: "muted", text: `… and ${events.length - 300} more: narrow the filters.` }));
  }

  // The selected event: highlighted in the list, its popup open, its id in the URL.
  function select(id, fly) {
    state.selected = id;
    writeUrl();
    for (const li of document.querySelectorAll("#event-list li.selected")) li.classList.remove("selected");
    const li = document.querySelector(`#event-list li[data-event="${id}"]`);
    if (li) li.classList.add("selected");
    const e = state.events.find((x) => x.id === id);
    if (fly && e && e._marker) {
      eventLayer.zoomToShowLayer(e._marker, () => e._marker.openPopup());
    }
  }

  function renderLegend(events) {
    const types = {}, shapes = {};
    for (const e of events) {
      types[e.type] = (types[e.type] || 0) + 1;
      const shape = shapeOf(e.subtype);
      shapes[shape] = (shapes[shape] || 0) + 1;
    }
    const ordered = Object.keys(types).sort((a, b) => types[b] - types[a] || a.localeCompare(b));
    $("#legend").replaceChildren(
      ...ordered.map((t) => el("span", { class: "type", "data-type": t, "data-n": types[t], style: `--swatch:${color(t)}`, text: `${t} ${types[t]}` })),
      ...Object.keys(shapes).sort((a, b) => shapes[b] - shapes[a]).map((shape) => {
        const item = el("span", { class: "shape", "data-shape": shape, "data-n": shapes[shape] });
        item.innerHTML = symbolSvg(shape, "#5d6d7e", 5, shapes[shape], "fw-legend-symbol");
        item.append(` ${SHAPE_NAMES[shape]} ${shapes[shape]}`);
        return item;
      }));
  }

  // -- "download this view": exactly the filtered rows ------------------------------------

  // The columns of a download are the API's: the properties of its event row (EventRow in
  // api/openapi.json, built from the record definition), in their order; a field added to the
  // definition is in the next download without an edit here. Fetched once, when first asked for.
  let eventColumns = null;
  async function downloadColumns() {
    if (!eventColumns) eventColumns = Object.keys((await api("openapi.json")).components.schemas.EventRow.properties);
    return eventColumns;
  }

  // One CSV value: a list as its items joined by "; ", a record among them (an actor) as "name (role)".
  function csvValue(value) {
    if (!Array.isArray(value)) return value;
    return value.map((v) => (v && typeof v === "object" ? `${v.name} (${v.role || ""})` : String(v))).join("; ");
  }

  function csvCell(value) {
    if (value === null || value === undefined) return "";
    const text = String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }

  // The download carries the full records (whole evidence, every field) of exactly the events
  // the filters select: read from /api/events with the same filters when asked for.
  async function exportText(format) {
    const [columns, events] = await Promise.all([downloadColumns(), fetchAll("events", filters())]);
    if (format === "csv") {
      return [columns.join(","), ...events.map((e) => columns.map((c) => csvCell(csvValue(e[c]))).join(","))].join("\r\n") + "\r\n";
    }
    return JSON.stringify({
      type: "FeatureCollection",
      features: events.map((e) => ({
        type: "Feature", id: `event-${e.id}`,
        geometry: e.lat != null && e.lon != null ? { type: "Point", coordinates: [e.lon, e.lat] } : null,
        properties: Object.fromEntries(columns.filter((c) => c !== "lat" && c !== "lon").map((c) => [c, e[c] ?? null])),
      })),
    });
  }

  async function download(format, link) {
    const text = await exportText(format);
    if (link.href && link.href.startsWith("blob:")) URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(new Blob([text], { type: format === "csv" ? "text/csv" : "application/geo+json" }));
    const stamp = Object.entries(filters()).filter(([, v]) => v).map(([k, v]) => `${k}-${v}`).join("_").replace(/[^A-Za-z0-9_.-]+/g, "-");
    link.download = `frontwire-events${stamp ? "_" + stamp : ""}.${format === "csv" ? "csv" : "geojson"}`;
    link.dataset.rows = String(format === "csv" ? text.split("\r\n").length - 2 : JSON.parse(text).features.length);
    link.dataset.ready = "1";
    link.click();
  }

  function onDownload(format) {
    return (ev) => {
      const link = ev.currentTarget;
      if (link.dataset.ready === "1") { link.dataset.ready = ""; return; } // the file is built: let the browser save it
      ev.preventDefault();
      download(format, link).catch((err) => console.error(err));
    };
  }
  window.frontwireExport = exportText;

  // -- the feed: latest first ----------------------------------------------------------------

  function renderFeed() {
    const latest = [...state.events].sort((a, b) => {
      const da = a.date || a.published || "", db = b.date || b.published || "";
      return db.localeCompare(da) || (b.published || "").localeCompare(a.published || "") || b.id - a.id;
    });
    $("#feed-count").textContent = `${latest.length} event${latest.length === 1 ? "" : "s"}, latest first` + (latest.length > 200 ? " (first 200)" : "");
    $("#feed-list").replaceChildren(...latest.slice(0, 200).map(eventItem));
  }

  // -- the timeline: the data's own days, brush to zoom, play at a chosen speed -------------

  function fullDomain() {
    return state.facets && state.facets.date_min ? [state.facets.date_min, state.facets.date_max] : null;
  }

  function renderTimeline() {
    const chart = $("#timeline-chart");
    const facets = state.facets;
    chart.replaceChildren();
    const domain = state.domain || fullDomain();
    if (!facets || !domain) return;
    const days = dayList(domain[0], domain[1]);
    const all = Object.fromEntries(facets.timeline.map((d) => [d.date, d.n]));
    const shown = {};
    for (const e of state.events) {
      const d = (e.date || e.published || "").slice(0, 10);
      if (d) shown[d] = (shown[d] || 0) + 1;
    }
    const width = chart.clientWidth || 360;
    const height = 64;
    const base = 12;
    const top = Math.max(1, ...days.map((d) => all[d] || 0));
    const w = width / days.length;
    chart.setAttribute("viewBox", `0 0 ${width} ${height}`);
    chart.dataset.first = days[0];
    chart.dataset.last = days[days.length - 1];
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
      chart.append(g);
    });
    for (const [i, anchor] of [[0, "start"], [days.length - 1, "end"]]) {
      const label = svg("text", { x: anchor === "start" ? 0 : width, y: height - 2, "text-anchor": anchor });
      label.textContent = days[i];
      chart.append(label);
    }
    const brush = svg("rect", { id: "brush", class: "brush", x: 0, y: 0, width: 0, height: height - base, visibility: "hidden" });
    chart.append(brush);
    state.timelineDays = days;
    state.timelineStep = w;
  }

  // Drag across the chart to pick days: the filter takes them and the chart zooms to them; a
  // click picks one day; "full range" goes back to the data's own span.
  function setupBrush() {
    const chart = $("#timeline-chart");
    let start = null;
    const dayAt = (x) => {
      const days = state.timelineDays || [];
      const rect = chart.getBoundingClientRect();
      const i = Math.floor(((x - rect.left) / rect.width) * days.length);
      return Math.max(0, Math.min(days.length - 1, i));
    };
    chart.addEventListener("pointerdown", (ev) => {
      start = dayAt(ev.clientX);
      chart.setPointerCapture(ev.pointerId);
    });
    chart.addEventListener("pointermove", (ev) => {
      if (start === null) return;
      const end = dayAt(ev.clientX);
      const brush = $("#brush");
      if (!brush) return;
      const [i, j] = [Math.min(start, end), Math.max(start, end)];
      brush.setAttribute("x", String(i * state.timelineStep));
      brush.setAttribute("width", String((j - i + 1) * state.timelineStep));
      brush.setAttribute("visibility", "visible");
    });
    chart.addEventListener("pointerup", (ev) => {
      if (start === null) return;
      const end = dayAt(ev.clientX);
      const [i, j] = [Math.min(start, end), Math.max(start, end)];
      start = null;
      brushDays(state.timelineDays[i], state.timelineDays[j]);
    });
  }

  function brushDays(first, last) {
    $("#f-from").value = first;
    $("#f-to").value = last;
    if (first !== last) state.domain = [first, last];
    onFilter();
  }

  function zoomOut() {
    state.domain = null;
    syncSlider();
    renderTimeline();
  }

  // The slider walks the "to" day over the chart's days.
  function sliderDays() {
    const domain = state.domain || fullDomain();
    return domain ? dayList(domain[0], domain[1]) : [];
  }

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
    $("#f-to").value = i >= days.length - 1 && !state.domain ? "" : days[i];
    if ($("#f-from").value && $("#f-to").value && $("#f-from").value > $("#f-to").value) $("#f-from").value = "";
    $("#slider-label").textContent = $("#f-to").value ? `up to ${$("#f-to").value}` : "all days";
    refreshEvents(playing && state.playBase ? { events: playedUpTo($("#f-to").value) } : undefined);
  }

  // Playing steps through the days without asking the server each time: the events of the other
  // filters are read once, and each step keeps those dated (or, undated, published) up to its day,
  // as the API's `to` does.
  function playedUpTo(day) {
    const from = $("#f-from").value;
    return state.playBase.filter((e) => {
      const d = (e.date || e.published || "").slice(0, 10);
      return (!day || d <= day) && (!from || d >= from);
    });
  }

  let playing = null;
  async function togglePlay() {
    const button = $("#play");
    if (playing) { clearTimeout(playing); playing = null; state.playBase = null; button.textContent = "▶"; return; }
    const slider = $("#slider");
    if (Number(slider.value) >= Number(slider.max)) slider.value = "0";
    button.textContent = "❚❚";
    playing = -1;
    state.playBase = await fetchMapEvents({ ...filters(), to: "" });
    if (!playing) return; // stopped while loading
    onSlide();
    const step = () => {
      if (Number(slider.value) >= Number(slider.max)) { playing = null; state.playBase = null; button.textContent = "▶"; return; }
      slider.value = String(Number(slider.value) + 1);
      onSlide();
      playing = setTimeout(step, PLAY_SPEEDS[$("#speed").value] || PLAY_SPEEDS.normal);
    };
    playing = setTimeout(step, PLAY_SPEEDS[$("#speed").value] || PLAY_SPEEDS.normal);
  }

  // -- overlays: GeoJSON or KML files drawn over the map, kept in the store with a token ----

  const OVERLAY_STYLE = { color: "#b0172b", weight: 2.5, fillColor: "#b0172b", fillOpacity: 0.12, className: "fw-overlay" };
  const shownOverlays = new Map();

  function drawOverlay(key, geojson, label) {
    if (shownOverlays.has(key)) overlayLayer.removeLayer(shownOverlays.get(key));
    const layer = L.geoJSON(geojson, {
      pane: "overlays", style: OVERLAY_STYLE,
      pointToLayer: (f, latlng) => L.circleMarker(latlng, { ...OVERLAY_STYLE, radius: 4, pane: "overlays" }),
      onEachFeature: (f, l) => { if (f.properties && f.properties.name) l.bindTooltip(tip(String(f.properties.name))); },
    });
    layer.addTo(overlayLayer);
    shownOverlays.set(key, layer);
    for (const path of layer.getLayers()) if (path.getElement && path.getElement()) path.getElement().setAttribute("data-overlay", label);
    return layer;
  }

  async function readOverlayFile(file) {
    const text = await file.text();
    if (/\.kml$/i.test(file.name) || /^\s*<(\?xml|kml)/.test(text)) {
      const xml = new DOMParser().parseFromString(text, "application/xml");
      if (xml.querySelector("parsererror")) throw new Error(`${file.name}: not well-formed KML`);
      return { format: "kml", geojson: toGeoJSON.kml(xml) };
    }
    try {
      return { format: "geojson", geojson: JSON.parse(text) };
    } catch (err) {
      throw new Error(`${file.name}: neither GeoJSON nor KML (${err.message})`);
    }
  }

  let pendingOverlay = null;
  async function onOverlayFile() {
    const file = $("#o-file").files[0];
    const status = $("#o-status");
    if (!file) return;
    try {
      const { format, geojson } = await readOverlayFile(file);
      const layer = drawOverlay("file", geojson, file.name);
      if (layer.getBounds().isValid()) map.fitBounds(layer.getBounds().pad(0.2), { maxZoom: 10, animate: false });
      pendingOverlay = { format, geojson };
      if (!$("#o-name").value) $("#o-name").value = file.name.replace(/\.(geo)?json$|\.kml$/i, "");
      $("#o-save").disabled = false;
      status.textContent = `${file.name}: ${layer.getLayers().length} feature(s) drawn (${format})`;
      status.dataset.state = "drawn";
    } catch (err) {
      status.textContent = err.message;
      status.dataset.state = "error";
    }
  }

  async function saveOverlay() {
    const status = $("#o-status");
    if (!pendingOverlay) return;
    const body = { name: $("#o-name").value.trim() || "overlay", source: $("#o-source").value.trim(),
      date: $("#o-date").value || null, format: pendingOverlay.format, geojson: pendingOverlay.geojson };
    if (!body.source) { status.textContent = "Say where the overlay comes from (source)."; status.dataset.state = "error"; return; }
    const response = await fetch("api/overlays", {
      method: "POST", body: JSON.stringify(body),
      headers: { "Content-Type": "application/json", Accept: "application/json", Authorization: `Bearer ${$("#o-token").value}` },
    });
    if (!response.ok) {
      status.textContent = `Not kept: ${await problem(response, "api/overlays")}`;
      status.dataset.state = "error";
      return;
    }
    const answer = await response.json();
    status.textContent = `Kept as overlay ${answer.id}: ${answer.name} (${answer.source}${answer.date ? ", " + answer.date : ""})`;
    status.dataset.state = "saved";
    overlayLayer.removeLayer(shownOverlays.get("file"));
    shownOverlays.delete("file");
    pendingOverlay = null;
    $("#o-save").disabled = true;
    await loadOverlays([answer.id]);
  }

  async function loadOverlays(show) {
    const rows = await api("overlays");
    $("#overlay-list").replaceChildren(...rows.map((o) => {
      const box = el("input", { type: "checkbox", "data-overlay": o.id });
      box.checked = shownOverlays.has(o.id) || (show || []).includes(o.id);
      box.addEventListener("change", () => toggleOverlay(o, box.checked));
      if (box.checked) toggleOverlay(o, true);
      return el("li", { "data-overlay": o.id }, el("label", {}, box, ` ${o.name} `,
        el("span", { class: "muted", text: `${o.source}${o.date ? " · " + o.date : ""} · ${o.n_features} feature(s)` })));
    }));
    $("#overlay-count").textContent = `${rows.length} stored overlay${rows.length === 1 ? "" : "s"}`;
  }

  async function toggleOverlay(o, on) {
    if (!on) {
      if (shownOverlays.has(o.id)) overlayLayer.removeLayer(shownOverlays.get(o.id));
      shownOverlays.delete(o.id);
      return;
    }
    const detailRow = await api(`overlays/${o.id}`);
    drawOverlay(o.id, detailRow.geojson, o.name);
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
    form.addEventListener("submit", (e) => { e.preventDefault(); onFilter(); });
    for (const id of ["#f-type", "#f-from", "#f-to"]) $(id).addEventListener("change", () => { state.domain = null; onFilter(); });
    for (const id of ["#f-actor", "#f-place"]) $(id).addEventListener("input", debounce(onFilter, 300));
    form.addEventListener("reset", () => setTimeout(() => { state.domain = null; onFilter(); }, 0));
    $("#slider").addEventListener("input", onSlide);
    $("#play").addEventListener("click", togglePlay);
    $("#zoom-out").addEventListener("click", zoomOut);
    setupBrush();
    $("#dl-csv").addEventListener("click", onDownload("csv"));
    $("#dl-geojson").addEventListener("click", onDownload("geojson"));
    $("#o-file").addEventListener("change", onOverlayFile);
    $("#o-save").addEventListener("click", () => saveOverlay().catch((err) => { $("#o-status").textContent = err.message; }));
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
    window.addEventListener("popstate", () => { readUrl(); syncSlider(); refreshEvents({ fit: true }); });

    readUrl();
    const [speakers, stats] = await Promise.all([api("speakers"), api("stats"), loadBasemap()]);
    $("#stats").textContent = `${stats.articles} articles · ${stats.events} events · ${stats.quotes} quotes · ${stats.places} place mentions`;
    $("#q-speaker").append(...speakers.map((s) => el("option", { value: s.name, text: `${s.name} (${s.n})` })));
    syncSlider();
    // A URL with a view (?at=zoom/lat/lon) reopens that view; without one the map fits the events.
    await Promise.all([loadPlaces(), refreshEvents({ fit: !state.at }), loadOverlays([])]);
    if (state.at) map.setView(state.at.center, state.at.zoom, { animate: false });
    const chosen = state.selected != null && state.events.find((e) => e.id === state.selected);
    if (chosen) select(chosen.id, !state.at);
    state.viewReady = true;
    map.on("moveend", debounce(writeUrl, 200));
    writeUrl();
    // With filters in the URL the events in hand are not the store's: ask for its facets.
    if (!state.facets) applyFacets(await api("facets"));
    refreshLabels();
    updateDetail();
    route();
  }

  start().catch((err) => {
    console.error(err);
    document.body.dataset.state = "error";
    $("#event-count").textContent = "Could not load the records: " + err.message;
  });
})();
