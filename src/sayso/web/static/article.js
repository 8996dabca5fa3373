// Hover cards on the highlighted article: the records behind each marked stretch of text.
// Everything is written with textContent, never as HTML, so article content cannot become markup.
(function () {
  "use strict";
  var card = document.getElementById("hovercard");
  var article = document.querySelector("[data-notes]");
  if (!card || !article) { return; }
  var notes = null;
  fetch(article.getAttribute("data-notes"), { headers: { Accept: "application/json" } })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (data) { notes = data && data.notes; })
    .catch(function () { notes = null; });

  function describe(note) {
    var out = [];
    if (note.speaker !== undefined) {
      out.push(["speaker", note.speaker ? note.speaker.entity : "unnamed source"]);
      out.push(["cue", note.cue.text]); out.push(["polarity", note.polarity]);
      if (note.via) { out.push(["via", note.via]); }
      out.push(["says", note.content.text]);
    } else if (note.type !== undefined) {
      out.push(["event", note.type + " / " + note.subtype]);
      if (note.actor1) { out.push(["actors", note.actor1 + (note.actor2 ? " vs " + note.actor2 : "")]); }
      if (note.time) { out.push(["when", (note.time.from || "?") + " – " + (note.time.to || "?")]); }
      if (note.fatalities) { out.push(["fatalities", (note.fatalities.low == null ? "?" : note.fatalities.low) + "–" + (note.fatalities.high == null ? "" : note.fatalities.high)]); }
      out.push(["polarity", note.polarity]); out.push(["claimed by", note.claimed_by || "the outlet"]);
    } else if (note.lat !== undefined) {
      out.push(["place", note.name]); out.push(["where", [note.admin1, note.country].filter(Boolean).join(", ")]);
      out.push(["kind", note.kind]);
      if (note.lat != null) { out.push(["lat/lon", note.lat + ", " + note.lon]); }
    } else if (note.value !== undefined) {
      out.push(["time", note.text]); out.push(["value", note.value]);
      out.push(["days", (note.from || "?") + " – " + (note.to || "?")]);
    } else if (note.low !== undefined) {
      out.push(["number", note.text]);
      out.push(["interval", (note.low == null ? "?" : note.low) + "–" + (note.high == null ? "" : note.high)]);
      if (note.of) { out.push(["of", note.of]); }
    }
    return out;
  }

  function show(el, x, y) {
    var refs = (el.getAttribute("data-refs") || "").split(" ").filter(Boolean);
    if (!notes || !refs.length) { return; }
    card.replaceChildren();
    refs.forEach(function (ref) {
      var note = notes[ref];
      if (!note) { return; }
      var head = document.createElement("div");
      head.className = "ref"; head.textContent = ref;
      var dl = document.createElement("dl");
      describe(note).forEach(function (pair) {
        var dt = document.createElement("dt"); dt.textContent = pair[0];
        var dd = document.createElement("dd"); dd.textContent = String(pair[1]);
        dl.append(dt, dd);
      });
      card.append(head, dl);
    });
    card.hidden = false;
    card.style.left = Math.min(x + 12, window.scrollX + window.innerWidth - 420) + "px";
    card.style.top = (y + 16) + "px";
    el.removeAttribute("title");
  }

  document.addEventListener("mouseover", function (ev) {
    var el = ev.target.closest && ev.target.closest(".hl");
    if (el) { show(el, ev.pageX, ev.pageY); } else { card.hidden = true; }
  });
}());
