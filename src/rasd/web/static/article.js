// The article page: choosing an item of the side panel (click, Enter) lights up its evidence
// in the text and scrolls to it. The text's pieces name their spans in data attributes
// (data-ent, data-q, data-cue, data-ev; see rasd/web/highlight.py). Without this script the
// panel's "#q-0" / "#ev-1" links still scroll to where each span begins.
(function () {
  "use strict";
  var body = document.querySelector(".article .body");
  if (!body) return;

  function pieces(kind, key) {
    var value = CSS.escape(key);
    var selector = "[data-" + kind + '~="' + value + '"]';
    if (kind === "q") selector += ', [data-cue~="' + value + '"]';
    return body.querySelectorAll(selector);
  }

  function select(item) {
    document.querySelectorAll(".panel .item.selected").forEach(function (el) { el.classList.remove("selected"); });
    body.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    item.classList.add("selected");
    var found = pieces(item.dataset.kind, item.dataset.key);
    found.forEach(function (el) { el.classList.add("active"); });
    if (found.length) found[0].scrollIntoView({ block: "center", behavior: "smooth" });
  }

  document.querySelectorAll(".panel .item").forEach(function (item) {
    item.addEventListener("click", function (event) {
      if (event.target.closest("a") && !event.target.closest("a.evidence-link")) return; // actor links navigate
      if (event.target.closest("a.evidence-link")) event.preventDefault();
      select(item);
    });
    item.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(item); }
    });
  });
})();
