// The open worksheet: restored from this browser, kept at every change, shown for print.
// werkblad.js loads this as soon as the browser holds a worksheet, or at the first
// keystroke or button. The panels (ui-*.js) load when a reader asks for one.

import { documentTitle, dutchDate, isoDate, newRecord } from "./model.js";
import { openStore } from "./store.js";

const MESSAGES = {
  vol: "De bewaarruimte van deze browser is vol: je laatste wijzigingen zijn niet bewaard, maar " +
    "ze staan nog op het scherm. Exporteer het werkblad naar een bestand, of verwijder werkbladen " +
    "die je niet meer nodig hebt.",
  geblokkeerd: "Deze browser laat niet toe dat de pagina iets bewaart, bijvoorbeeld in een " +
    "privévenster. Wat je invult, blijft staan zolang deze pagina open is: exporteer het " +
    "werkblad voor je ze sluit.",
};
const pad = (number) => String(number).padStart(2, "0");
const clock = (date) => `${pad(date.getHours())}:${pad(date.getMinutes())}`;

/** Takes the form over; `touched` names the fields typed in before this module came,
 * which keep what was typed. Returns the worksheet the panels work with. */
export function setUp(form, touched) {
  const find = (selector) => form.querySelector(selector);
  const fields = {};
  const kinds = {};
  for (const field of form.querySelectorAll("[data-werkblad-veld]")) {
    fields[field.name] = field;
    kinds[field.name] = field.type;
  }
  const names = Object.keys(fields);
  const status = find("[data-werkblad-status]");
  const alertBox = find("[data-werkblad-melding]");
  const undoBox = find("[data-werkblad-herstel]");
  const annexBox = find("[data-werkblad-bijlage]");
  const store = openStore(() => window.localStorage);
  let record = newRecord();
  let undo = null;
  let pageTitle = document.title;

  const sheet = {
    form, fields, kinds, names, store,
    get record() {
      return record;
    },
    say(message) {
      // A live region re-announces identical text in some screen readers: only on change.
      if (status.textContent !== message) status.textContent = message;
    },
    warn(message) {
      alertBox.textContent = message;
    },
    values: () => Object.fromEntries(names.map((name) => [name, fields[name].value])),
    /** Keeps `next`, or the open worksheet as typed; false when storage failed (the
     * alert says so, and the worksheet stays in memory). */
    save(next) {
      record = next || { ...record, velden: { ...record.velden, ...sheet.values() },
        gewijzigd: new Date().toISOString() };
      const failure = store.put(record);
      if (failure) sheet.warn(MESSAGES[failure]);
      else if (Object.values(MESSAGES).includes(alertBox.textContent)) sheet.warn("");
      overview();
      return !failure;
    },
    /** Shows `next` in the form; it opens again next time. */
    open(next) {
      record = next;
      store.setCurrent(next.id);
      for (const name of names) fields[name].value = next.velden[name] || "";
      refresh();
      overview();
      if (annexBox.checked) sheet.annex();
    },
    /** Offers to undo what was just done, until the next change; `restore` undoes it. */
    offerUndo(message, restore) {
      undo = restore;
      undoBox.hidden = false;
      sheet.say(message);
    },
    /** A panel module; null (after a message) when it cannot be loaded. */
    async lazy(name) {
      try {
        return await import(`./${name}`);
      } catch (error) {
        sheet.warn("Dit onderdeel van het werkblad kon niet geladen worden. Controleer je " +
          "verbinding en probeer opnieuw; wat je invulde, blijft staan.");
        return null;
      }
    },
    overview,
    typed(field) {
      showForPrint(field.name);
      find("[data-werkblad-printkop]").textContent = documentTitle(sheet.values());
      undoBox.hidden = true; // typing on keeps what was done
      undo = null;
      if (sheet.save()) sheet.say(`Bewaard in deze browser om ${clock(new Date())}.`);
    },
    async act(button) {
      const action = button.getAttribute("data-werkblad-actie");
      if (action === "herstel") {
        undoBox.hidden = true;
        if (undo) undo();
        undo = null;
      } else if (action === "afdrukken") {
        if (annexBox.checked) await sheet.annex();
        window.print();
      } else {
        const ui = await sheet.lazy(["lijst", "nieuw", "wissen"].includes(action) ? "ui-list.js"
          : ["evaluatie", "versies"].includes(action) ? "ui-history.js"
            : action === "word" ? "ui-word.js" : "ui-files.js");
        if (ui) await ui.act(action, sheet, button);
      }
    },
    async importFile(input) {
      const file = input.files && input.files[0];
      if (!file) return;
      const ui = await sheet.lazy("ui-files.js");
      if (ui) await ui.importInto(sheet, file);
      input.value = ""; // the same file can be chosen again after a fix
    },
    /** The earlier versions as an annex on paper, while its box is ticked. */
    async annex() {
      const ui = await sheet.lazy("ui-history.js");
      if (ui) await ui.drawAnnex(sheet, annexBox.checked);
    },
  };

  // Paper shows each filled field's text in full (a textarea would cut it off) and the
  // print heading; page.pdf() and some browsers print without a beforeprint event, so
  // both follow every change.
  function showForPrint(name) {
    const field = fields[name];
    const wrapper = field.closest(".werkblad__veld");
    const filled = field.value.trim() !== "";
    let copy = wrapper.querySelector(".werkblad__afdruk");
    if (!copy && filled) {
      copy = document.createElement("div");
      copy.className = "werkblad__afdruk";
      wrapper.append(copy);
    }
    if (copy) copy.textContent = field.type === "date" ? dutchDate(field.value) : field.value;
    wrapper.toggleAttribute("data-gevuld", filled);
  }

  function refresh() {
    names.forEach(showForPrint);
    find("[data-werkblad-printkop]").textContent = documentTitle(sheet.values());
  }

  // How many worksheets this browser keeps, and at how many an evaluation is due.
  function overview() {
    const items = store.list();
    const due = items.filter((item) => item.volgendeEvaluatie && item.volgendeEvaluatie <= isoDate()).length;
    let text = items.length === 1 ? "In deze browser staat 1 werkblad."
      : `In deze browser staan ${items.length} werkbladen.`;
    if (due) {
      text += items.length === 1 ? " De evaluatie ervan is aan de beurt."
        : ` Bij ${due} ervan is de evaluatie aan de beurt: zie Alle werkbladen.`;
    }
    find("[data-werkblad-overzicht]").textContent = text;
  }

  // Another tab changed a worksheet: follow it when it is the open one.
  window.addEventListener("storage", (event) => {
    const changed = store.changed(event.key, event.newValue);
    if (changed === undefined) return;
    if (changed && changed.id === record.id) {
      sheet.open(changed);
      sheet.say("Bijgewerkt met wat in een ander venster van deze browser werd ingevuld.");
    } else {
      overview();
    }
  });
  window.addEventListener("beforeprint", () => {
    refresh();
    pageTitle = document.title;
    document.title = documentTitle(sheet.values());
  });
  window.addEventListener("afterprint", () => {
    document.title = pageTitle;
  });

  const id = store.current() || (store.list()[0] || {}).id;
  const typed = Object.fromEntries([...touched].map((name) => [name, fields[name].value]));
  if (id) sheet.open(store.get(id));
  else refresh();
  if (touched.size) {
    for (const [name, value] of Object.entries(typed)) fields[name].value = value;
    refresh();
    sheet.save();
  } else {
    overview();
  }
  if (store.state.failure) {
    sheet.warn(MESSAGES[store.state.failure]);
  } else if (store.state.unreadable.length) {
    // Left untouched, so nothing is lost.
    sheet.warn("Wat eerder in deze browser bewaard werd, kon niet gelezen worden. Het staat er " +
      "nog, maar dit werkblad begint zonder.");
  }
  form.setAttribute("data-werkblad-klaar", "");
  if (id && !touched.size) {
    const saved = new Date(record.gewijzigd);
    sheet.say(isNaN(saved.getTime()) ? "Je eerdere invoer uit deze browser staat terug."
      : `Je invoer van ${dutchDate(isoDate(saved))} om ${clock(saved)} staat terug.`);
  }
  return sheet;
}
