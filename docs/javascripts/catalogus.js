// Filters for the catalogue of good practices. Without JavaScript the form stays hidden
// and the full list shows. The filter state lives in the URL (?opdracht=a&regio=x), so
// a filtered view can be shared and is restored when the link is opened.
(function () {
  "use strict";

  var FILTERS = ["opdracht", "rubriek", "regio", "domein", "niveau"];

  function setUp(root) {
    var form = root.querySelector("[data-catalogus-filter]");
    var counter = root.querySelector("[data-catalogus-teller]");
    var empty = root.querySelector("[data-catalogus-leeg]");
    var cards = Array.prototype.slice.call(root.querySelectorAll("article.praktijk"));
    // Each card's values per filter, read once.
    var values = cards.map(function (card) {
      var entry = {};
      FILTERS.forEach(function (name) {
        entry[name] = (card.getAttribute("data-" + name) || "").split(" ");
      });
      return entry;
    });
    var selects = {};
    FILTERS.forEach(function (name) {
      selects[name] = form.querySelector("select[name='" + name + "']");
    });

    function chosen() {
      var state = {};
      FILTERS.forEach(function (name) {
        if (selects[name].value) state[name] = selects[name].value;
      });
      return state;
    }

    function matches(entry, state, skip) {
      return FILTERS.every(function (name) {
        return name === skip || !state[name] || entry[name].indexOf(state[name]) !== -1;
      });
    }

    function apply() {
      var state = chosen();
      var shown = 0;
      cards.forEach(function (card, index) {
        var visible = matches(values[index], state);
        card.hidden = !visible;
        if (visible) shown += 1;
      });
      // Each option shows how many practices it would leave, given the other filters.
      FILTERS.forEach(function (name) {
        var counts = {};
        var total = 0;
        values.forEach(function (entry) {
          if (!matches(entry, state, name)) return;
          total += 1;
          entry[name].forEach(function (value) { counts[value] = (counts[value] || 0) + 1; });
        });
        Array.prototype.forEach.call(selects[name].options, function (option) {
          option.textContent = option.value
            ? option.getAttribute("data-label") + " (" + (counts[option.value] || 0) + ")"
            : "Alle (" + total + ")";
        });
      });
      counter.textContent = Object.keys(state).length
        ? shown + " van " + cards.length + " goede praktijken"
        : cards.length + " goede praktijken";
      empty.hidden = shown !== 0;
      var params = new URLSearchParams(window.location.search);
      FILTERS.forEach(function (name) {
        if (state[name]) params.set(name, state[name]); else params.delete(name);
      });
      var query = params.toString();
      history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") +
        window.location.hash);
    }

    // Restore the state from the URL; unknown values are ignored rather than guessed.
    var params = new URLSearchParams(window.location.search);
    FILTERS.forEach(function (name) {
      var wanted = params.get(name);
      if (wanted && selects[name].querySelector("option[value='" + CSS.escape(wanted) + "']")) {
        selects[name].value = wanted;
      }
    });
    form.addEventListener("change", apply);
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    apply();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-catalogus]").forEach(setUp);
  });
})();
