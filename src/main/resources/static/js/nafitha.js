/* Nafitha: small improvements on pages that work without JavaScript. */
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    // The error summary takes the focus, so keyboard and screen-reader users start from the list of problems.
    var summary = document.querySelector(".error-summary");
    if (summary) summary.focus();
    // On a phone a table's rows become cards: each cell is shown with its column's heading.
    var tables = document.querySelectorAll("table.table");
    for (var t = 0; t < tables.length; t++) {
      var heads = tables[t].querySelectorAll("thead th");
      if (!heads.length) continue;
      var rows = tables[t].querySelectorAll("tbody tr");
      for (var r = 0; r < rows.length; r++) {
        for (var c = 0; c < rows[r].cells.length && c < heads.length; c++) {
          var cell = rows[r].cells[c];
          if (!cell.hasAttribute("data-label")) cell.setAttribute("data-label", heads[c].textContent.trim());
        }
      }
      tables[t].classList.add("table--stack");
    }
  });
  // A link in the error summary puts the focus in its field, with the field's label in view.
  document.addEventListener("click", function (e) {
    var link = e.target.closest ? e.target.closest(".error-summary a[href^='#']") : null;
    if (!link) return;
    var field = document.getElementById(link.getAttribute("href").slice(1));
    if (!field) return;
    var input = field.matches("input, select, textarea") ? field : field.querySelector("input, select, textarea");
    if (!input) return;
    e.preventDefault();
    var box = field.closest(".field") || field;
    box.scrollIntoView();
    input.focus({ preventScroll: true });
  });
  // A link styled as a button (start now) also answers the space bar, as a button does.
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if ((e.key === " " || e.key === "Spacebar") && t && t.tagName === "A" && t.getAttribute("role") === "button") {
      e.preventDefault();
      t.click();
    }
  });
  // Uploads sent with htmx show their progress in the field's bar.
  document.addEventListener("htmx:xhr:progress", function (e) {
    var bars = e.target.querySelectorAll ? e.target.querySelectorAll(".upload__progress") : [];
    for (var i = 0; i < bars.length; i++) {
      if (!e.detail.lengthComputable) continue;
      bars[i].hidden = false;
      bars[i].value = Math.round(e.detail.loaded * 100 / e.detail.total);
    }
  });
  // A form saved as one types (data-unsaved) says so when a save did not reach the server — no connection in a
  // basement must not leave "saved" on the screen; the "save draft" button, or the next change, sends it all again.
  function unsaved(e) {
    var form = e.detail && e.detail.elt && e.detail.elt.closest ? e.detail.elt.closest("form[data-unsaved]") : null;
    var status = form ? form.querySelector("[role=status]") : null;
    if (status) status.textContent = form.getAttribute("data-unsaved");
  }
  document.addEventListener("htmx:sendError", unsaved);
  document.addEventListener("htmx:responseError", unsaved);
  // A question asked only when another answer has a value (data-when: that answer's name, data-when-equals: the
  // value) is hidden while it does not; without JavaScript every question shows, with its "only if" hint.
  function conditions() {
    var questions = document.querySelectorAll("[data-when]");
    for (var i = 0; i < questions.length; i++) {
      var q = questions[i], form = q.closest("form");
      if (!form) continue;
      var inputs = form.querySelectorAll("[name='" + q.getAttribute("data-when") + "']"), wanted = q.getAttribute("data-when-equals");
      var holds = false;
      for (var j = 0; j < inputs.length; j++) {
        var input = inputs[j];
        if ((input.type === "checkbox" || input.type === "radio") && !input.checked) continue;
        if (input.value && (!wanted || input.value === wanted)) holds = true;
      }
      q.hidden = !holds;
    }
  }
  document.addEventListener("DOMContentLoaded", conditions);
  document.addEventListener("change", conditions);
})();
