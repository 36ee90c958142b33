// The report page without inline script (CSP: script-src 'self'); everything works without it.
(function () {
  "use strict";

  // Quick exit: leave at once, replacing this page in the history where the browser allows.
  function leave(event) {
    var link = document.getElementById("quick-exit");
    if (!link) { return; }
    if (event) { event.preventDefault(); }
    window.location.replace(link.getAttribute("data-exit") || link.href);
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" || event.key === "Esc") { leave(event); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var link = document.getElementById("quick-exit");
    if (link) { link.addEventListener("click", leave); }

    // Answers that cannot wait: shown as soon as they are given, before the form is sent.
    var form = document.getElementById("report-form");
    var urgent = document.getElementById("urgent");
    if (form) {
      // One report per click: a second click while it is sending would only be refused.
      form.addEventListener("submit", function () {
        var button = form.querySelector("button[type='submit']");
        if (button) { window.setTimeout(function () { button.disabled = true; }, 0); }
      });
    }
    if (!form || !urgent || !window.fetch || !window.FormData) { return; }
    var asked = 0;

    function value(name) {
      var checked = form.querySelector("input[name='" + name + "']:checked");
      return checked ? checked.value : "";
    }

    function refresh() {
      var body = new FormData();
      body.append("csrfmiddlewaretoken", form.querySelector("input[name='csrfmiddlewaretoken']").value);
      body.append("danger", value("danger"));
      body.append("under_18", value("under_18"));
      body.append("country", form.querySelector("select[name='country']").value);
      var mine = ++asked;
      fetch(urgent.getAttribute("data-url"), { method: "POST", body: body, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.text() : ""; })
        .then(function (html) {
          if (mine !== asked) { return; }
          var shown = html.trim() !== "";
          var parsed = new DOMParser().parseFromString(html, "text/html");
          urgent.replaceChildren.apply(urgent, Array.prototype.slice.call(parsed.body.childNodes));
          urgent.hidden = !shown;
        })
        .catch(function () { /* the page after sending shows them anyway */ });
    }

    form.addEventListener("change", function (event) {
      var name = event.target && event.target.name;
      if (name === "danger" || name === "under_18" || name === "country") { refresh(); }
    });
  });
})();
