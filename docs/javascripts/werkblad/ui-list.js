// The worksheets in this browser, as a CLB with many schools keeps them: new, open,
// rename, copy for another school, delete (with undo), import as a new worksheet, and
// whose evaluation is due.

import { button, el, styled } from "./ui-dom.js";
import { byName, displayName, duplicate, evaluationState } from "./list.js";
import { dutchDate, isoDate, newRecord } from "./model.js";
import { importAsNew } from "./ui-files.js";

const EVALUATION = {
  "aan-de-beurt": (date) => `Evaluatie aan de beurt: gepland op ${date}.`,
  binnenkort: (date) => `Evaluatie binnenkort: op ${date}.`,
  gepland: (date) => `Volgende evaluatie: ${date}.`,
  "": () => "Nog geen datum voor de volgende evaluatie.",
};

export async function act(action, sheet) {
  sheet.warn("");
  const box = sheet.form.querySelector("[data-werkblad-lijst]");
  if (action === "lijst") {
    const show = box.hidden;
    sheet.form.querySelector("[data-werkblad-actie='lijst']").setAttribute("aria-expanded", String(show));
    if (show) await draw(sheet);
    box.hidden = !show;
  }
  if (action === "nieuw") {
    sheet.open(newRecord());
    if (!box.hidden) await draw(sheet);
    sheet.say("Een nieuw, leeg werkblad is open. Het vorige staat bij je werkbladen.");
    sheet.fields["gesprek-datum"].focus();
  }
  if (action === "wissen") {
    const before = sheet.record;
    if (!window.confirm("Wil je dit werkblad wissen? Het verdwijnt uit deze browser. " +
        "Exporteer het eerst als je het wil bewaren.")) return;
    sheet.store.remove(before.id);
    sheet.open(newRecord());
    if (!box.hidden) await draw(sheet);
    sheet.offerUndo("Het werkblad is gewist. Er staat niets meer van in deze browser.", () => {
      sheet.save(before);
      sheet.open(before);
      if (!box.hidden) draw(sheet);
      sheet.say("Het werkblad staat terug.");
    });
  }
}

const pad = (number) => String(number).padStart(2, "0");
function time(iso) {
  const date = new Date(iso);
  return isNaN(date.getTime()) ? "onbekend"
    : `${dutchDate(isoDate(date))} om ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

// The parts that stay while the list is drawn anew: a live region is only read out when
// it was there before its text changed.
let parts = null;
let undo = null;

function setUp(sheet) {
  const box = sheet.form.querySelector("[data-werkblad-lijst]");
  const fileInput = el("input", { type: "file", accept: ".json,application/json", hidden: true,
    "aria-label": "Werkblad uit een bestand importeren als nieuw werkblad" });
  parts = {
    intro: el("p"),
    list: el("ul", { class: "werkblad__lijst" }),
    status: el("p", { class: "werkblad__status", role: "status" }),
    undoBox: el("p", { hidden: true }, button("herstel", "Ongedaan maken")),
    alert: el("div", { class: "werkblad__melding", role: "alert" }),
  };
  box.replaceChildren(parts.intro, parts.list,
    el("div", { class: "werkblad__knoppen" }, button("importeren", "Importeren als nieuw werkblad"), fileInput),
    parts.status, parts.undoBox, parts.alert);
  const warn = (message) => {
    parts.alert.textContent = message;
  };

  fileInput.addEventListener("change", async () => {
    const file = fileInput.files && fileInput.files[0];
    if (!file) return;
    const previous = sheet.record;
    const record = await importAsNew(sheet, file, warn);
    fileInput.value = "";
    if (!record) return;
    await draw(sheet, record.id);
    tell(`${file.name} staat nu als nieuw werkblad in de lijst, en is open.`, () => {
      sheet.store.remove(record.id);
      sheet.open(sheet.store.get(previous.id) || newRecord());
    });
  });

  box.addEventListener("click", async (event) => {
    const target = event.target.closest("[data-paneel]");
    if (!target) return;
    const action = target.getAttribute("data-paneel");
    warn("");
    if (action === "importeren") {
      fileInput.click();
      return;
    }
    if (action === "herstel") {
      parts.undoBox.hidden = true;
      const restore = undo;
      undo = null;
      if (restore) restore();
      await draw(sheet);
      tell("Ongedaan gemaakt.");
      return;
    }
    const row = target.closest("[data-id]");
    const id = row && row.getAttribute("data-id");
    const record = id === sheet.record.id ? sheet.record : sheet.store.get(id);
    if (!record) return;
    const name = row.querySelector("h3").textContent;
    if (action === "openen") {
      sheet.open(record);
      await draw(sheet, id);
      tell(`Het werkblad ${name} is open.`);
    } else if (action === "kopie") {
      const copy = duplicate(record);
      sheet.save(copy);
      sheet.open(copy);
      await draw(sheet, copy.id);
      tell(`Nieuw werkblad gemaakt vanuit ${name}, en open: de gegevens van het CLB (rubriek 1 en 4) ` +
        "en de afspraken van rubriek 5 tot 8 zijn overgenomen. Vul de gegevens van de nieuwe school in.");
    } else if (action === "verwijderen") {
      if (!window.confirm(`Wil je het werkblad ${name} verwijderen uit deze browser?`)) return;
      const wasOpen = id === sheet.record.id;
      sheet.store.remove(id);
      if (wasOpen) {
        const latest = sheet.store.list()[0];
        sheet.open(latest ? sheet.store.get(latest.id) : newRecord());
      }
      sheet.overview();
      await draw(sheet);
      tell(`Het werkblad ${name} is verwijderd.`, () => {
        sheet.store.put(record);
        if (wasOpen) sheet.open(record);
        sheet.overview();
      });
      parts.undoBox.querySelector("button").focus();
    } else if (action === "naam") {
      rename(sheet, row, record, name);
    }
  });
}

/** Says `message` under the list; with `restore`, offers to undo. */
function tell(message, restore = null) {
  parts.status.textContent = message;
  undo = restore;
  parts.undoBox.hidden = !restore;
}

// The list itself, drawn anew after every change; `focusId`'s heading gets the focus.
async function draw(sheet, focusId = null) {
  await styled();
  if (!parts) setUp(sheet);
  const today = isoDate();
  const items = byName(sheet.store.list());
  if (!items.some((item) => item.id === sheet.record.id)) {
    // The open worksheet is still empty: it is kept once something is typed.
    items.unshift({ id: sheet.record.id, naam: "", school: "", clb: "", gewijzigd: sheet.record.gewijzigd,
      volgendeEvaluatie: "", versies: 0 });
  }
  parts.intro.textContent = items.length === 1 ? "Er staat één werkblad in deze browser."
    : `Er staan ${items.length} werkbladen in deze browser, op naam gerangschikt.`;
  parts.list.replaceChildren(...items.map((item) => {
    const name = displayName(item);
    const state = evaluationState(item.volgendeEvaluatie, today);
    const open = item.id === sheet.record.id;
    const hidden = (text) => el("span", { class: "sr-only" }, ` ${text}`);
    return el("li", { class: "werkblad__item", "data-id": item.id, "data-huidig": open },
      el("h3", { id: `werkblad-item-${item.id}`, tabindex: "-1" }, name),
      el("p", {}, `School: ${item.school || "nog niet ingevuld"}. CLB: ${item.clb || "nog niet ingevuld"}. ` +
        `Laatst gewijzigd: ${time(item.gewijzigd)}.${item.versies ? ` Eerdere versies: ${item.versies}.` : ""}`),
      el("p", { class: `werkblad__evaluatie werkblad__evaluatie--${state || "geen"}` },
        EVALUATION[state](dutchDate(item.volgendeEvaluatie))),
      open ? el("p", { class: "werkblad__open" }, "Dit werkblad is nu open.") : null,
      el("div", { class: "werkblad__knoppen" },
        open ? null : button("openen", "Openen", {}, hidden(name)),
        button("naam", "Naam wijzigen", {}, hidden(`van ${name}`)),
        button("kopie", "Kopie voor een andere school", {}, hidden(`vanuit ${name}`)),
        button("verwijderen", "Verwijderen", {}, hidden(name))));
  }));
  if (focusId) document.getElementById(`werkblad-item-${focusId}`)?.focus();
}

// The name in place of the heading, as a field, until it is kept or left.
function rename(sheet, row, record, name) {
  const input = el("input", { type: "text", id: `werkblad-naam-${record.id}`, value: record.naam,
    "aria-describedby": `werkblad-naam-${record.id}-hint` });
  const box = el("div", { class: "werkblad__hernoem" },
    el("label", { for: input.id }, `Nieuwe naam voor ${name}`),
    el("p", { class: "werkblad__hint", id: `werkblad-naam-${record.id}-hint` },
      "Laat je het leeg, dan heet het werkblad naar de school en het CLB."),
    input,
    el("div", { class: "werkblad__knoppen" }, button("naam-bewaren", "Naam bewaren"),
      button("naam-annuleren", "Annuleren")));
  row.querySelector("h3").replaceWith(box);
  input.focus();
  const done = async (keep) => {
    if (keep) {
      const next = { ...record, naam: input.value.trim(), gewijzigd: new Date().toISOString() };
      if (next.id === sheet.record.id) sheet.save({ ...next, velden: { ...next.velden, ...sheet.values() } });
      else sheet.store.put(next);
      sheet.overview();
    }
    await draw(sheet, record.id);
    tell(keep ? "De naam is bewaard." : "De naam is niet veranderd.");
  };
  box.addEventListener("click", (event) => {
    const action = event.target.closest("[data-paneel]")?.getAttribute("data-paneel");
    if (action === "naam-bewaren" || action === "naam-annuleren") {
      event.stopPropagation();
      done(action === "naam-bewaren");
    }
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === "Escape") {
      event.preventDefault();
      done(event.key === "Enter");
    }
  });
}
