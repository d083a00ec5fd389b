// Filters for the catalogue of good practices.
//
// Without JavaScript the form stays hidden and a reader pages through all practices.
// With it, the filters search every practice in the compact index
// (gegevens/catalogus.json), each option shows how many practices it would leave, and
// the state lives in the URL (?opdracht=a&regio=x) so a filtered view can be shared.
// Everything from the index is put in the page as text, never as HTML.
(function () {
  "use strict";

  var FILTERS = ["opdracht", "rubriek", "regio", "domein", "niveau"];

  function setUp(root) {
    var form = root.querySelector("[data-catalogus-filter]");
    var counter = root.querySelector("[data-catalogus-teller]");
    var empty = root.querySelector("[data-catalogus-leeg]");
    var list = root.querySelector(".catalogus-lijst");
    var pages = root.querySelector("[data-catalogus-paginas]");
    var base = root.getAttribute("data-basis");
    var pageEntries = Array.prototype.slice.call(list.children);
    var pageCounterText = counter.textContent;
    var index = null;
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
        return name === skip || !state[name] || entry.values[name].indexOf(state[name]) !== -1;
      });
    }

    // The entry's markup comes from the page (macros/practices_html.py), never from here.
    var template = root.querySelector("template[data-catalogus-sjabloon]");

    function entryElement(entry) {
      var item = template.content.firstElementChild.cloneNode(true);
      item.id = "praktijk-" + entry.id;
      var link = item.querySelector(".praktijk__link");
      link.href = base + entry.url;
      link.textContent = entry.titel;
      item.querySelector(".praktijk__regio").textContent = "(" + entry.regionaam + ")";
      item.querySelector(".praktijk__samenvatting").textContent = entry.samenvatting;
      return item;
    }

    function updateCounts(state) {
      FILTERS.forEach(function (name) {
        var counts = {};
        var total = 0;
        index.forEach(function (entry) {
          if (!matches(entry, state, name)) return;
          total += 1;
          entry.values[name].forEach(function (value) { counts[value] = (counts[value] || 0) + 1; });
        });
        Array.prototype.forEach.call(selects[name].options, function (option) {
          option.textContent = option.value
            ? option.getAttribute("data-label") + " (" + (counts[option.value] || 0) + ")"
            : "Alle (" + total + ")";
        });
      });
    }

    function updateUrl(state) {
      var params = new URLSearchParams(window.location.search);
      FILTERS.forEach(function (name) {
        if (state[name]) params.set(name, state[name]); else params.delete(name);
      });
      var query = params.toString();
      history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") +
        window.location.hash);
    }

    function apply() {
      var state = chosen();
      var filtering = Object.keys(state).length > 0;
      updateUrl(state);
      if (!filtering) {
        // No filter: the page as built, with its pagination.
        list.replaceChildren.apply(list, pageEntries);
        counter.textContent = pageCounterText;
        empty.hidden = true;
        if (pages) pages.hidden = false;
        if (index) updateCounts(state);
        return;
      }
      if (!index) {
        counter.textContent = "Praktijken laden…";
        return;  // apply() runs again once the index has arrived
      }
      var found = index.filter(function (entry) { return matches(entry, state); });
      list.replaceChildren.apply(list, found.map(entryElement));
      counter.textContent = found.length + " van " + index.length + " goede praktijken";
      empty.hidden = found.length !== 0;
      if (pages) pages.hidden = true;
      updateCounts(state);
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

    fetch(root.getAttribute("data-index"))
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (entries) {
        index = entries.map(function (entry) {
          var values = {};
          FILTERS.forEach(function (name) { values[name] = (entry[name] || "").split(" "); });
          entry.values = values;
          return entry;
        });
        root.setAttribute("data-catalogus-klaar", "");
        apply();
      })
      .catch(function () {
        counter.textContent = "De filters konden de lijst niet laden. " + pageCounterText;
      });
    apply();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-catalogus]").forEach(setUp);
  });
})();
