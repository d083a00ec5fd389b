// The worksheet (werkblad) for the agreements between a school and its CLB. What is typed
// stays in this browser (localStorage) and nowhere else: no request leaves the page.
// Export writes a JSON file to share or to keep; import reads one back, all or nothing.
// Without JavaScript the page is still a paper form; the buttons stay hidden.
(function () {
  "use strict";

  var KEY = "kennisbank-werkblad-v1";
  var VERSION = 1;
  var MAX_BYTES = 1000000;  // an honest worksheet is a few kilobytes
  var MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
    "september", "oktober", "november", "december"];
  var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

  function pad(number) {
    return (number < 10 ? "0" : "") + number;
  }

  function isoToday() {
    var now = new Date();
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  function dutchDate(iso) {
    var match = ISO_DATE.exec(iso || "");
    if (!match) return iso || "";
    return Number(match[3]) + " " + MONTHS[Number(match[2]) - 1] + " " + match[1];
  }

  function slug(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
  }

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function setUp(form) {
    var fields = {};
    Array.prototype.forEach.call(form.querySelectorAll("[data-werkblad-veld]"), function (field) {
      fields[field.name] = field;
    });
    var names = Object.keys(fields);
    var titleFields = {};
    Array.prototype.forEach.call(form.querySelectorAll("[data-werkblad-kop]"), function (field) {
      titleFields[field.getAttribute("data-werkblad-kop")] = field;
    });
    var status = form.querySelector("[data-werkblad-status]");
    var alertBox = form.querySelector("[data-werkblad-melding]");
    var printHeading = form.querySelector("[data-werkblad-printkop]");
    var fileInput = form.querySelector("[data-werkblad-bestand]");
    var pageTitle = document.title;
    var storageWarned = false;

    function say(message) {
      // A live region re-announces identical text in some screen readers: only on change.
      if (status.textContent !== message) status.textContent = message;
    }

    function warn(message) {
      alertBox.textContent = message;
    }

    function clearWarning() {
      alertBox.textContent = "";
    }

    function values() {
      var result = {};
      names.forEach(function (name) { result[name] = fields[name].value; });
      return result;
    }

    function hasContent() {
      return names.some(function (name) { return fields[name].value.trim() !== ""; });
    }

    function title() {
      var parts = [];
      ["school", "clb"].forEach(function (part) {
        var field = titleFields[part];
        if (field && field.value.trim()) parts.push(field.value.trim().replace(/\s+/g, " "));
      });
      var date = titleFields.datum && titleFields.datum.value;
      if (date) parts.push(dutchDate(date));
      return parts.length ? "Samenwerkingsafspraken " + parts.join(" – ")
        : "Samenwerkingsafspraken school-CLB";
    }

    // Paper shows the text of each filled field in full (a textarea would cut it off) and
    // the print heading; page.pdf() and some browsers print without a beforeprint event,
    // so both follow every change.
    function showForPrint(name) {
      var field = fields[name];
      var wrapper = field.closest(".werkblad__veld");
      var copy = form.querySelector("[data-werkblad-afdruk='" + name + "']");
      var filled = field.value.trim() !== "";
      if (copy) copy.textContent = field.type === "date" ? dutchDate(field.value) : field.value;
      if (wrapper) wrapper.toggleAttribute("data-gevuld", filled);
    }

    function refresh() {
      names.forEach(showForPrint);
      printHeading.textContent = title();
    }

    function fill(velden) {
      names.forEach(function (name) {
        fields[name].value = Object.prototype.hasOwnProperty.call(velden, name) ? velden[name] : "";
      });
      refresh();
    }

    function payload() {
      return { versie: VERSION, velden: values(), bewaard: new Date().toISOString() };
    }

    function time(date) {
      return pad(date.getHours()) + ":" + pad(date.getMinutes());
    }

    function save() {
      try {
        if (hasContent()) {
          window.localStorage.setItem(KEY, JSON.stringify(payload()));
        } else {
          window.localStorage.removeItem(KEY);
        }
      } catch (error) {
        if (!storageWarned) {
          warn("Deze browser laat niet toe dat de pagina iets bewaart. " +
            "Exporteer het werkblad voor je de pagina sluit, anders ben je je invoer kwijt.");
          storageWarned = true;
        }
        return false;
      }
      say("Bewaard in deze browser om " + time(new Date()) + ".");
      return true;
    }

    // Why a file or stored entry cannot be read, in Dutch; null when it can.
    function problem(data) {
      if (!isObject(data) || !("versie" in data) || !("velden" in data)) {
        return "Het bestand is geen werkblad van deze pagina: de onderdelen 'versie' en 'velden' ontbreken.";
      }
      if (data.versie !== VERSION) {
        return "Het bestand heeft versie " + JSON.stringify(data.versie) +
          ", maar deze pagina leest alleen werkbladen met versie " + VERSION + ".";
      }
      if (!isObject(data.velden)) {
        return "Het onderdeel 'velden' in het bestand is geen lijst van velden met hun inhoud.";
      }
      var keys = Object.keys(data.velden);
      if (keys.length === 0) {
        return "Het bestand bevat geen enkel veld van het werkblad.";
      }
      for (var i = 0; i < keys.length; i += 1) {
        var key = keys[i];
        var value = data.velden[key];
        if (!Object.prototype.hasOwnProperty.call(fields, key)) {
          return "Het veld '" + key + "' hoort niet bij dit werkblad.";
        }
        if (typeof value !== "string") {
          return "Het veld '" + key + "' bevat geen tekst.";
        }
        if (fields[key].type === "date" && value !== "" && !ISO_DATE.test(value)) {
          return "Het veld '" + key + "' bevat geen datum in de vorm JJJJ-MM-DD.";
        }
      }
      if ("bewaard" in data && typeof data.bewaard !== "string") {
        return "Het onderdeel 'bewaard' in het bestand is geen datum.";
      }
      return null;
    }

    function restore() {
      var text;
      try {
        text = window.localStorage.getItem(KEY);
      } catch (error) {
        warn("Deze browser laat niet toe dat de pagina iets bewaart. " +
          "Wat je invult, is weg als je de pagina sluit; exporteer het werkblad om het te houden.");
        storageWarned = true;
        return;
      }
      if (!text) return;
      var data;
      try {
        data = JSON.parse(text);
      } catch (error) {
        data = null;
      }
      if (problem(data)) {
        // Left untouched, so nothing is lost; the next change overwrites it.
        warn("Wat eerder in deze browser bewaard werd, kon niet gelezen worden. " +
          "Het werkblad begint leeg.");
        return;
      }
      fill(data.velden);
      var saved = new Date(data.bewaard);
      say(isNaN(saved.getTime()) ? "Je eerdere invoer uit deze browser staat terug."
        : "Je invoer van " + dutchDate(saved.getFullYear() + "-" + pad(saved.getMonth() + 1) +
          "-" + pad(saved.getDate())) + " om " + time(saved) + " staat terug.");
    }

    function fileName() {
      var school = titleFields.school ? slug(titleFields.school.value) : "";
      return "samenwerkingsafspraken-" + (school ? school + "-" : "") + isoToday() + ".json";
    }

    function exportFile() {
      clearWarning();
      var name = fileName();
      var blob = new Blob([JSON.stringify(payload(), null, 2) + "\n"], { type: "application/json" });
      var url = URL.createObjectURL(blob);
      var link = document.createElement("a");
      link.href = url;
      link.download = name;
      link.hidden = true;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      say("Het werkblad is geëxporteerd naar het bestand " + name + ".");
    }

    function importFile(file) {
      clearWarning();
      var refuse = function (reason) {
        warn("Het bestand " + file.name + " is niet ingelezen. " + reason +
          " Er is niets veranderd aan het werkblad.");
      };
      if (file.size > MAX_BYTES) {
        refuse("Het is te groot voor een werkblad.");
        return Promise.resolve();
      }
      return file.text().then(function (text) {
        var data;
        try {
          data = JSON.parse(text);
        } catch (error) {
          refuse("Het is geen JSON-bestand. Kies een bestand dat je met Exporteren hebt gemaakt.");
          return;
        }
        var reason = problem(data);
        if (reason) {
          refuse(reason);
          return;
        }
        if (hasContent() && !window.confirm("Het werkblad bevat al gegevens. " +
            "Wil je die vervangen door de inhoud van " + file.name + "?")) {
          say("Importeren afgebroken. Er is niets veranderd.");
          return;
        }
        fill(data.velden);
        save();
        say("Het werkblad is ingelezen uit " + file.name + ".");
      }, function () {
        refuse("Het kon niet gelezen worden.");
      });
    }

    function clearAll() {
      if (!window.confirm("Wil je alles wissen wat je in dit werkblad invulde? " +
          "Het verdwijnt ook uit deze browser. Exporteer eerst als je het wil bewaren.")) {
        return;
      }
      clearWarning();
      fill({});
      save();
      say("Het werkblad is leeg. Er staat niets meer van in deze browser.");
    }

    form.addEventListener("input", function (event) {
      if (!event.target.hasAttribute("data-werkblad-veld")) return;
      showForPrint(event.target.name);
      printHeading.textContent = title();
      save();
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("click", function (event) {
      var button = event.target.closest("[data-werkblad-actie]");
      if (!button) return;
      var action = button.getAttribute("data-werkblad-actie");
      if (action === "exporteren") exportFile();
      if (action === "importeren") fileInput.click();
      if (action === "afdrukken") window.print();
      if (action === "wissen") clearAll();
    });
    fileInput.addEventListener("change", function () {
      var file = fileInput.files && fileInput.files[0];
      if (!file) return;
      importFile(file).then(function () {
        // The same file can be chosen again after a fix.
        fileInput.value = "";
      });
    });
    // Another tab with this page saved: follow it, so neither tab overwrites the other.
    window.addEventListener("storage", function (event) {
      if (event.key !== KEY) return;
      var data = null;
      try {
        data = event.newValue ? JSON.parse(event.newValue) : { versie: VERSION, velden: {} };
      } catch (error) {
        return;
      }
      if (event.newValue && problem(data)) return;
      fill(data.velden);
      say("Bijgewerkt met wat in een ander venster van deze browser werd ingevuld.");
    });
    window.addEventListener("beforeprint", function () {
      refresh();
      pageTitle = document.title;
      document.title = title();
    });
    window.addEventListener("afterprint", function () {
      document.title = pageTitle;
    });

    form.setAttribute("data-werkblad-actief", "");
    form.querySelector("[data-werkblad-knoppen]").hidden = false;
    form.querySelector("[data-werkblad-zonder-js]").hidden = true;
    refresh();
    restore();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("[data-werkblad]");
    if (form) setUp(form);
  });
})();
