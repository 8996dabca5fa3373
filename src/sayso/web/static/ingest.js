// "Extract and store": posts the form's text to /api/ingest with the bearer token the user typed.
(function () {
  "use strict";
  var button = document.getElementById("store-button");
  var form = document.getElementById("ingest-form");
  if (!button || !form) { return; }
  var status = document.getElementById("store-status");
  var token = document.getElementById("token");
  token.value = sessionStorage.getItem("sayso-token") || "";
  button.addEventListener("click", function () {
    sessionStorage.setItem("sayso-token", token.value);
    var body = {
      text: form.elements.text.value, format: form.elements.format.value,
      outlet: form.elements.outlet.value || null, published: form.elements.published.value || null
    };
    status.textContent = "storing…";
    fetch("/api/ingest", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer " + token.value },
      body: JSON.stringify(body)
    }).then(function (r) { return r.json(); }).then(function (data) {
      if (!data.ok) { status.textContent = "not stored: " + data.error; return; }
      status.textContent = data.added.length ? "stored " + data.added.join(", ") : "already stored: " + data.already.join(", ");
    }).catch(function (err) { status.textContent = "failed: " + err; });
  });
}());
