// The map: world-atlas country outlines (offline) or a configured tile server, event markers coloured
// by ACLED type (hollow when denied), co-located events fanned out, grid clusters when dense.
// Everything from the server is written with textContent: no article text ever becomes markup.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || !window.L) { return; }
  var TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
    "Strategic developments"];
  var COLOURS = ["#c0392b", "#e67e22", "#8e44ad", "#2980b9", "#16a085", "#7f8c8d"];
  var DENSE = 400, CELL = 44;
  var query = el.getAttribute("data-query") || "";
  var tileUrl = el.getAttribute("data-tile-url");
  var panel = document.getElementById("claims");
  var map = L.map(el, { worldCopyJump: true, preferCanvas: false }).setView([34.8, 38.5], 5);
  var layer = L.layerGroup().addTo(map);
  var data = null, fitted = false;

  if (tileUrl) { L.tileLayer(tileUrl, { maxZoom: 18 }).addTo(map); }
  fetch("/static/vendor/world-atlas/countries-50m.json").then(function (r) { return r.json(); }).then(function (topo) {
    var countries = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(countries, {
      interactive: false,
      style: { color: "#8a95a5", weight: 0.8, fillColor: "#eef0e8", fillOpacity: tileUrl ? 0 : 1 }
    }).addTo(map).bringToBack();
  });

  function typeIndex(type) { var i = TYPES.indexOf(type); return i < 0 ? 5 : i; }

  function load() {
    var url = el.getAttribute("data-source") + "?" + query + (query ? "&" : "") + "zoom=" + map.getZoom();
    fetch(url, { headers: { Accept: "application/json" } }).then(function (r) { return r.json(); }).then(function (json) {
      data = json;
      document.getElementById("event-count").textContent = String(json.total);
      if (!fitted) { fit(json); fitted = true; }
      draw();
    });
  }

  function fit(json) {
    var points = (json.clustered ? json.clusters : json.markers).map(function (m) { return [m.lat, m.lon]; });
    if (points.length) { map.fitBounds(L.latLngBounds(points).pad(0.3), { maxZoom: 8 }); }
  }

  function draw() {
    layer.clearLayers();
    if (!data) { return; }
    if (data.clustered) { data.clusters.forEach(drawCluster); return; }
    var spots = {};
    data.markers.forEach(function (m) {
      var key = m.lat.toFixed(3) + "," + m.lon.toFixed(3);
      (spots[key] = spots[key] || []).push(m);
    });
    var keys = Object.keys(spots);
    if (data.markers.length > DENSE) { return gridCluster(keys, spots); }
    keys.forEach(function (key) { fanOut(spots[key]); });
  }

  function fanOut(events) {
    var centre = map.latLngToLayerPoint([events[0].lat, events[0].lon]);
    var radius = events.length > 1 ? 9 + events.length : 0;
    events.forEach(function (m, i) {
      var angle = 2 * Math.PI * i / events.length;
      var at = map.layerPointToLatLng(centre.add([radius * Math.cos(angle), radius * Math.sin(angle)]));
      marker(m, at);
    });
  }

  function marker(m, at) {
    var i = typeIndex(m.type), denied = m.polarity === "denied";
    var circle = L.circleMarker(at, {
      radius: 8, color: COLOURS[i], weight: 3, fillColor: COLOURS[i], fillOpacity: denied ? 0 : 0.85,
      className: "event-marker type-" + (i + 1) + (denied ? " denied" : " asserted")
    });
    circle.on("click", function () { openClaims(m.uid); });
    circle.bindTooltip(m.type + " · " + (m.date_from || "undated") + (denied ? " · denied" : ""));
    circle.addTo(layer);
  }

  function gridCluster(keys, spots) {
    var cells = {};
    keys.forEach(function (key) {
      var p = map.latLngToLayerPoint([spots[key][0].lat, spots[key][0].lon]);
      var ck = Math.floor(p.x / CELL) + ":" + Math.floor(p.y / CELL);
      cells[ck] = (cells[ck] || []).concat(spots[key]);
    });
    Object.keys(cells).forEach(function (ck) {
      var events = cells[ck];
      if (events.length === 1) { return marker(events[0], [events[0].lat, events[0].lon]); }
      var lat = 0, lon = 0, counts = {}, denied = 0;
      events.forEach(function (m) {
        lat += m.lat; lon += m.lon; counts[m.type] = (counts[m.type] || 0) + 1;
        if (m.polarity === "denied") { denied += 1; }
      });
      var top = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; })[0];
      drawCluster({ lat: lat / events.length, lon: lon / events.length, n: events.length, type: top, denied: denied });
    });
  }

  function drawCluster(c) {
    var size = Math.min(56, 22 + Math.round(Math.log2(c.n) * 5));
    var label = document.createElement("span");
    label.textContent = String(c.n);
    var icon = L.divIcon({ html: label, className: "cluster-icon type-" + (typeIndex(c.type) + 1),
      iconSize: [size, size] });
    var m = L.marker([c.lat, c.lon], { icon: icon, title: c.n + " events (" + c.denied + " denied)" });
    m.on("click", function () { map.setView([c.lat, c.lon], Math.min(map.getZoom() + 2, 14)); });
    m.addTo(layer);
  }

  function text(tag, value, cls) {
    var node = document.createElement(tag);
    node.textContent = value == null ? "" : String(value);
    if (cls) { node.className = cls; }
    return node;
  }

  function link(href, label) { var a = text("a", label); a.href = href; return a; }

  function openClaims(uid) {
    fetch("/api/events/" + encodeURIComponent(uid)).then(function (r) { return r.json(); }).then(function (ev) {
      panel.replaceChildren();
      if (!ev.event_uid) { panel.append(text("p", ev.error || "not found")); return; }
      var box = document.createElement("div");
      box.className = "claim"; box.setAttribute("data-event", ev.event_uid);
      box.append(text("h3", ev.type + " / " + ev.subtype));
      box.append(text("p", [ev.place_name, ev.admin1, ev.country].filter(Boolean).join(", ") + " · " +
        (ev.date_from || "undated") + (ev.date_to && ev.date_to !== ev.date_from ? " – " + ev.date_to : ""), "meta"));
      if (ev.polarity === "denied") { box.append(text("p", "Reported as NOT having happened (denied).", "against")); }
      if (ev.actor1) { box.append(text("p", ev.actor1 + (ev.actor2 ? " vs " + ev.actor2 : ""))); }
      var who = text("p", "");
      who.append(text("strong", "Claimed by: "), document.createTextNode(ev.claimant || (ev.outlet || "the outlet") + " (own voice)"));
      box.append(who);
      if (ev.relay && ev.relay.length) { box.append(text("p", "Relayed via: " + ev.relay.join(" → "), "relay")); }
      box.append(text("p", "Reported by " + (ev.outlet || "unknown outlet") + (ev.published ? ", " + ev.published : ""), "meta"));
      box.append(text("blockquote", ev.evidence_text, "evidence"));
      var links = text("p", "");
      links.append(link("/articles/" + encodeURIComponent(ev.article_id), ev.title || "article"));
      box.append(links);
      (ev.threads || []).forEach(function (t) {
        var p = text("p", "");
        p.append(text("span", t.stance + " ", "stance " + t.stance), link("/threads/" + t.thread_id, "thread #" + t.thread_id + ": " + t.proposition));
        box.append(p);
      });
      panel.append(box);
    });
  }

  map.on("zoomend", function () { if (data && data.clustered) { load(); } else { draw(); } });
  load();
}());
