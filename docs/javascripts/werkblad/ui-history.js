// The versions on screen: start an evaluation (the agreements as they stand become a
// dated version), read earlier versions with what changed since the one before, and the
// same as an annex on paper.

import { closePanel, current, el, fieldLabel, showPanel, styled } from "./ui-dom.js";
import { changes, startEvaluation, versionLabel } from "./history.js";
import { dutchDate, isEmpty } from "./model.js";

export async function act(action, sheet, opener) {
  sheet.warn("");
  if (action === "evaluatie") evaluate(sheet);
  if (action === "versies") await versionsPanel(sheet, opener);
}

function evaluate(sheet) {
  const before = sheet.record;
  const next = startEvaluation(current(sheet));
  if (!next) {
    sheet.say("De afspraken zijn niet veranderd sinds de laatst bewaarde versie: er is geen nieuwe versie nodig.");
    return;
  }
  const version = next.versies[next.versies.length - 1];
  if (!window.confirm(`Evaluatie starten? De afspraken zoals ze nu zijn, worden bewaard als ` +
      `versie "${versionLabel(version)}". Daarna pas je in het werkblad de afspraken aan.`)) return;
  sheet.save(next);
  redraw(sheet);
  sheet.offerUndo(`De afspraken zijn bewaard als versie "${versionLabel(version)}". Pas nu het ` +
    "werkblad aan met wat jullie bij de evaluatie afspreken, met de datum van het gesprek en de " +
    "volgende evaluatie in rubriek 8. Onder Eerdere versies lees je wat er veranderde.", () => {
    sheet.save({ ...sheet.record, versies: before.versies });
    redraw(sheet);
    sheet.say("De evaluatie is ongedaan gemaakt: die versie is niet bewaard.");
  });
}

// The panel and the annex follow the versions when they change.
function redraw(sheet) {
  if (sheet.form.querySelector("[data-werkblad-versies]")) versionsPanel(sheet, null, false);
  if (sheet.form.querySelector("[data-werkblad-bijlage]").checked) drawAnnex(sheet, true);
}

// Each field of `fields` with text, as a list of label and text.
function fullText(sheet, fields) {
  const list = el("dl", { class: "werkblad__volledig" });
  for (const name of sheet.names) {
    if (!isEmpty(fields[name])) {
      const field = sheet.fields[name];
      list.append(el("dt", {}, fieldLabel(sheet.form, name)),
        el("dd", {}, field.type === "date" ? dutchDate(fields[name]) : fields[name]));
    }
  }
  return list.children.length ? list : el("p", {}, "Deze versie heeft geen ingevulde velden.");
}

const STATUS = { nieuw: "nieuw ingevuld", gewijzigd: "gewijzigd", geschrapt: "leeggemaakt" };
const LINE = { "-": ["Geschrapt:", "del"], "+": ["Toegevoegd:", "ins"] };

// What changed from `before` to `after`, told in words (not by colour alone).
function changeList(sheet, before, after) {
  const found = changes(before, after, sheet.names);
  if (!found.length) return el("p", {}, "Niets veranderd.");
  return el("ul", { class: "werkblad__wijzigingen" }, found.map((change) =>
    el("li", {},
      el("p", {}, el("strong", {}, fieldLabel(sheet.form, change.name)), ` (${STATUS[change.status]})`),
      el("ul", {}, change.lines.filter(([sign]) => sign !== "=").map(([sign, line]) =>
        el("li", { class: `werkblad__regel werkblad__regel--${LINE[sign][1]}` },
          el("span", { class: "werkblad__teken" }, LINE[sign][0]), " ",
          el(LINE[sign][1], {}, line || " ")))))));
}

// One version: what changed since the previous one, and its full text.
function versionBody(sheet, fields, previous, level) {
  const heading = (text) => el(`h${level}`, {}, text);
  return [
    heading(previous ? `Wat veranderde tegenover de ${versionLabel(previous).toLowerCase()}` : "Wat veranderde"),
    previous ? changeList(sheet, previous.velden, fields) : el("p", {}, "Dit is de eerste bewaarde versie."),
    heading("De tekst van deze versie"),
    fullText(sheet, fields),
  ];
}

async function versionsPanel(sheet, opener, focus = true) {
  const record = current(sheet);
  const versions = record.versies;
  const last = versions[versions.length - 1];
  const items = [];
  if (last) {
    items.push(el("details", { class: "werkblad__versie" },
      el("summary", {}, "Het werkblad nu (nog niet als versie bewaard)"),
      el("h3", {}, `Wat veranderde sinds de ${versionLabel(last).toLowerCase()}`),
      changeList(sheet, last.velden, record.velden)));
  }
  for (let i = versions.length - 1; i >= 0; i -= 1) {
    items.push(el("details", { class: "werkblad__versie" },
      el("summary", {}, `${versionLabel(versions[i])} (versie ${i + 1})`),
      versionBody(sheet, versions[i].velden, versions[i - 1], 3)));
  }
  const close = el("button", { type: "button", class: "md-button" }, "Versies sluiten");
  const panel = await showPanel(sheet, "Eerdere versies", [
    el("p", {}, versions.length
      ? "Bij elke evaluatie bewaart het werkblad de afspraken zoals ze toen waren. Hier lees je elke " +
        "versie en wat er veranderde tegenover de vorige; aanpassen doe je in het werkblad zelf."
      : "Dit werkblad heeft nog geen eerdere versies. Met Evaluatie starten bewaar je de afspraken " +
        "zoals ze nu zijn als een versie met een datum."),
    items, el("div", { class: "werkblad__knoppen" }, close)], focus);
  panel.setAttribute("data-werkblad-versies", "");
  close.addEventListener("click", () => closePanel(sheet, opener ||
    sheet.form.querySelector("[data-werkblad-actie='versies']")));
}

/** The earlier versions after the worksheet on paper (`on`), or none. */
export async function drawAnnex(sheet, on) {
  sheet.form.querySelector("[data-werkblad-bijlage-tekst]")?.remove();
  const versions = sheet.record.versies;
  if (!on || !versions.length) return;
  await styled();
  const annex = el("section", { class: "werkblad__bijlage", "data-werkblad-bijlage-tekst": true,
    "aria-labelledby": "werkblad-bijlage" },
  el("h2", { id: "werkblad-bijlage" }, "Bijlage: eerdere versies"),
  versions.map((version, i) => [
    el("h3", {}, `${versionLabel(version)} (versie ${i + 1})`),
    versionBody(sheet, version.velden, versions[i - 1], 4),
  ]));
  sheet.form.append(annex);
}
