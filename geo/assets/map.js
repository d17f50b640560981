/* geo crisis map: draws the events of one type per layer, with popups, tooltips,
 * tentative styles, arrows and a day-by-day time control.
 * Every piece of article text reaches the page through textContent, never innerHTML. */
(function () {
  "use strict";

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  // Each type's symbol, as SVG markup: sent with the data by geo/assets_svg.py, which
  // draws the legend from the same shapes.
  var GLYPHS = {};

  function tentative(status) { return status === "unconfirmed" || status === "disputed"; }

  function symbol(type, status, color) {
    var fill = tentative(status) ? "#ffffff" : color;
    var dash = (tentative(status) || status === "planned") ? ' stroke-dasharray="3 2"' : "";
    return '<svg class="geo-symbol" viewBox="0 0 24 24" width="22" height="22">' +
      '<g fill="' + fill + '" stroke="' + color + '" stroke-width="2.5"' + dash + '>' + GLYPHS[type] +
      "</g></svg>";
  }

  // What each type is, from geo/types.py (sent with the data): events of different types at
  // one place would hide each other, so each type is nudged a few pixels its own way; a
  // movement is drawn from its origin to its destination.
  var DODGE = {}, MOVES = {};

  function icon(f, color) {
    return L.divIcon({ className: "geo-icon geo-" + f.type + " geo-" + f.status,
      html: symbol(f.type, f.status, color), iconSize: [22, 22], iconAnchor: DODGE[f.type] });
  }

  function formatDate(iso) {
    if (!iso) { return ""; }
    var p = iso.split("-");
    var months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    return Number(p[2]) + " " + months[Number(p[1]) - 1] + " " + p[0];
  }

  // An event its article gives no date for is dated by the report: "reported 8 Jan 2020".
  function reported(f) { return "reported " + formatDate(f.date_end || f.date); }

  function when(f) {
    if (!f.date) { return "date unknown"; }
    if (f.date_precision === "reported") { return reported(f) + " (no date given)"; }
    var text = formatDate(f.date);
    if (f.date_end && f.date_end !== f.date) { text += " – " + formatDate(f.date_end); }
    return text + " (" + f.date_precision + ")";
  }

  function popup(f, label) {
    var box = el("div", "geo-popup");
    var head = el("div", "geo-popup-head");
    head.appendChild(el("strong", null, label));
    head.appendChild(el("span", "geo-status geo-status-" + f.status, f.status));
    box.appendChild(head);
    box.appendChild(el("div", "geo-when", when(f)));
    var where = MOVES[f.type] && f.origin
      ? (f.origin + (f.origin_inferred ? " (home, inferred)" : "") + " → " + (f.destination || "?"))
      : f.place;
    box.appendChild(el("div", "geo-where", where + " · " + f.geo_precision + " precision"));
    box.appendChild(el("p", "geo-summary", f.summary));
    var facts = [];
    if (f.actor) { facts.push("Actor: " + f.actor); }
    if (f.target) { facts.push("Target: " + f.target); }
    if (f.fatalities) { facts.push("Killed: " + f.fatalities); }
    if (facts.length) { box.appendChild(el("div", "geo-facts", facts.join(" · "))); }
    var list = el("ol", "geo-sources");
    f.sources.forEach(function (s) {
      var item = el("li");
      var headline = s.sentence === s.title;  // the headline reports it: shown once, as the title
      if (!headline) { item.appendChild(el("q", null, s.sentence)); }
      var cite = el("cite");
      if (s.url) {
        var a = el("a", null, s.title);
        a.href = s.url; a.target = "_blank"; a.rel = "noopener noreferrer";
        cite.appendChild(a);
      } else {
        cite.textContent = s.title;
      }
      if (headline) { cite.appendChild(el("span", "geo-headline", " (headline)")); }
      item.appendChild(cite);
      list.appendChild(item);
    });
    box.appendChild(el("div", "geo-sources-head", f.sources.length + (f.sources.length === 1 ? " source" : " sources")));
    box.appendChild(list);
    return box;
  }

  function tooltip(f, label) {
    var text = label + " · " + (!f.date ? "undated" : f.date_precision === "reported" ? reported(f) : formatDate(f.date)) + " · " +
      (MOVES[f.type] && f.origin ? f.origin + " → " + (f.destination || "?") : f.place) +
      (f.status !== "confirmed" ? " · " + f.status : "");
    return el("span", null, text);
  }

  function bearing(map, from, to) {
    var a = L.CRS.EPSG3857.project(L.latLng(from)), b = L.CRS.EPSG3857.project(L.latLng(to));
    return Math.atan2(b.x - a.x, b.y - a.y) * 180 / Math.PI;
  }

  function arrowHead(map, from, to, color, status) {
    var angle = bearing(map, from, to);
    var fill = tentative(status) ? "#ffffff" : color;
    var html = '<svg viewBox="0 0 20 20" width="20" height="20" style="transform: rotate(' + angle.toFixed(1) +
      'deg)"><path d="M10 1 L18 19 L10 14 L2 19 Z" fill="' + fill + '" stroke="' + color + '" stroke-width="2"/></svg>';
    return L.marker(to, { icon: L.divIcon({ className: "geo-arrow", html: html, iconSize: [20, 20], iconAnchor: [10, 10] }),
      interactive: true, keyboard: false });
  }

  function build(map, groups, data) {
    var records = [];
    Object.keys(data.layers).forEach(function (type) {
      DODGE[type] = data.layers[type].dodge;
      MOVES[type] = data.layers[type].movement;
    });
    Object.keys(data.layers).forEach(function (type) {
      var spec = data.layers[type], group = groups[type];
      var cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 35,
        spiderfyOnMaxZoom: true, iconCreateFunction: function (c) {
          var anchor = spec.cluster_anchor;
          return L.divIcon({ className: "geo-cluster geo-cluster-" + type,
            html: "<span>" + c.getChildCount() + "</span>", iconSize: [30, 30], iconAnchor: anchor });
        } });
      var other = L.layerGroup();
      group.addLayer(other);
      group.addLayer(cluster);
      spec.features.forEach(function (feature) {
        var f = feature.properties, layers = [], clustered = [];
        var where = [f.lat, f.lon];
        if (MOVES[f.type] && f.origin_lat !== null && f.destination) {
          var from = [f.origin_lat, f.origin_lon];
          layers.push(L.polyline([from, where], { color: spec.color, weight: 3,
            opacity: tentative(f.status) ? 0.55 : 0.9,
            dashArray: (f.status === "planned" || tentative(f.status)) ? "8 7" : null, className: "geo-line" }));
          layers.push(arrowHead(map, from, where, spec.color, f.status));
          layers.push(L.circleMarker(from, { radius: 4, color: spec.color, weight: 2, fillColor: "#ffffff",
            fillOpacity: 1, dashArray: f.origin_inferred ? "2 2" : null }));
        } else if (f.geo_precision === "country" || f.geo_precision === "region") {
          // somewhere in a country or region: an area, never a pin
          layers.push(L.circle(where, { radius: Math.min(f.radius_km, 220) * 1000, color: spec.color, weight: 1.5,
            opacity: 0.8, dashArray: "5 6", fillColor: spec.color, fillOpacity: 0.06, className: "geo-area" }));
        } else {
          clustered.push(L.marker(where, { icon: icon(f, spec.color), title: "" }));
        }
        layers.concat(clustered).forEach(function (layer) {
          layer.bindPopup(function () { return popup(f, spec.singular); }, { maxWidth: 380 });
          layer.bindTooltip(tooltip(f, spec.singular), { sticky: true, direction: "top" });
        });
        records.push({ first: f.date, last: f.date_end || f.date, other: other, cluster: cluster,
          layers: layers, clustered: clustered });
      });
    });
    return records;
  }

  function show(records, day, cumulative) {
    var clusters = new Map();
    records.forEach(function (r) {
      var visible = day === null || (r.first !== null &&
        (cumulative ? r.first <= day : (r.first <= day && day <= r.last)));
      r.layers.forEach(function (layer) {
        if (visible && !r.other.hasLayer(layer)) { r.other.addLayer(layer); }
        if (!visible && r.other.hasLayer(layer)) { r.other.removeLayer(layer); }
      });
      if (!clusters.has(r.cluster)) { clusters.set(r.cluster, []); }
      if (visible) { Array.prototype.push.apply(clusters.get(r.cluster), r.clustered); }
    });
    clusters.forEach(function (markers, cluster) { cluster.clearLayers(); cluster.addLayers(markers); });
  }

  function addDays(iso, n) {
    var d = new Date(iso + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }

  function timeControl(map, records, days) {
    var control = L.control({ position: "bottomleft" });
    control.onAdd = function () {
      var box = el("div", "geo-time leaflet-bar");
      var label = el("div", "geo-time-label", "All events");
      var slider = el("input", "geo-time-slider");
      slider.type = "range"; slider.min = "0"; slider.max = String(days.count); slider.value = String(days.count);
      slider.setAttribute("aria-label", "Day");
      var row = el("div", "geo-time-row");
      var play = el("button", "geo-time-play", "▶");
      play.type = "button"; play.title = "Play day by day";
      var keep = el("input"); keep.type = "checkbox"; keep.checked = true; keep.id = "geo-keep";
      var keepLabel = el("label", "geo-time-keep", " earlier days too"); keepLabel.htmlFor = "geo-keep";
      keepLabel.insertBefore(keep, keepLabel.firstChild);
      row.appendChild(play); row.appendChild(slider);
      box.appendChild(label); box.appendChild(row); box.appendChild(keepLabel);
      var timer = null;
      function update() {
        var i = Number(slider.value);
        var day = i >= days.count ? null : addDays(days.first, i);
        label.textContent = day === null ? "All events (dated and undated)" :
          (keep.checked ? "Through " : "On ") + formatDate(day);
        show(records, day, keep.checked);
      }
      slider.addEventListener("input", update);
      keep.addEventListener("change", update);
      play.addEventListener("click", function () {
        if (timer) { clearInterval(timer); timer = null; play.textContent = "▶"; return; }
        if (Number(slider.value) >= days.count) { slider.value = "0"; }
        play.textContent = "❚❚";
        update();
        timer = setInterval(function () {
          if (Number(slider.value) >= days.count) { clearInterval(timer); timer = null; play.textContent = "▶"; return; }
          slider.value = String(Number(slider.value) + 1); update();
        }, 900);
      });
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    control.addTo(map);
  }

  window.geoCrisisMap = function (map, groups, data) {
    GLYPHS = data.glyphs;
    // Without a tile layer Leaflet knows no zoom limits, which clustering needs.
    if (map.options.maxZoom === undefined) { map.setMaxZoom(18); }
    if (map.options.minZoom === undefined) { map.setMinZoom(2); }
    if (data.outlines) {
      L.geoJSON(data.outlines, { interactive: false, style: { color: "#8c8c8c", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 } })
        .addTo(map).bringToBack();
    }
    var records = build(map, groups, data);
    show(records, null, true);
    if (data.days.count > 0) { timeControl(map, records, data.days); }
    window.geoCrisisMapRecords = records;
  };
}());
