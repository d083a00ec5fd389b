// Files on screen: export the worksheet whole or by rubric, import a partner's file into
// the open worksheet field by field (choosing where texts differ, with undo), or as a
// new worksheet from the list.

import { button, closePanel, current, download, el, fieldLabel, restore, showPanel } from "./ui-dom.js";
import { exportData, fileName, readFile, sizeProblem } from "./file.js";
import { mergeVersions, planMerge, resolve, unresolved } from "./merge.js";
import { newId } from "./model.js";

export async function act(action, sheet, opener) {
  sheet.warn("");
  if (action === "exporteren") exportFile(sheet, null);
  if (action === "delen") await choosePanel(sheet, opener);
}

function exportFile(sheet, parts) {
  const record = current(sheet);
  const name = fileName(record, "json");
  download(new Blob([`${JSON.stringify(exportData(record, parts), null, 2)}\n`],
    { type: "application/json" }), name);
  sheet.say(parts ? `De gekozen delen zijn geëxporteerd naar het bestand ${name}.`
    : `Het werkblad is geëxporteerd naar het bestand ${name}.`);
}

// Which parts go into the file: the conversation and each rubric, by its heading.
async function choosePanel(sheet, opener) {
  const parts = [["gesprek", "Het gesprek (datum en aanwezigen)"]];
  for (const section of sheet.form.querySelectorAll("section[data-deel]")) {
    const heading = section.querySelector("h2");
    parts.push([heading.id.replace("rubriek-", ""), heading.textContent]);
  }
  const boxes = parts.map(([value, text]) =>
    el("label", {}, el("input", { type: "checkbox", value }), ` ${text}`));
  const panel = await showPanel(sheet, "Rubrieken exporteren", [
    el("p", {}, "Kies wat in het bestand komt, bijvoorbeeld de rubrieken die jij voorbereidde. " +
      "Je partner voegt het bestand dan bij zijn werkblad. Eerdere versies van die delen gaan mee."),
    el("fieldset", { class: "werkblad__delen" }, el("legend", {}, "Delen van het werkblad"), boxes),
    el("div", { class: "werkblad__knoppen" },
      button("maken", "Bestand maken", { class: "md-button md-button--primary" }),
      button("annuleren", "Annuleren"))]);
  panel.addEventListener("click", (event) => {
    const action = event.target.closest("[data-paneel]")?.getAttribute("data-paneel");
    if (action === "annuleren") closePanel(sheet, opener);
    if (action !== "maken") return;
    const chosen = boxes.map((label) => label.firstChild).filter((box) => box.checked)
      .map((box) => (box.value === "gesprek" ? "gesprek" : Number(box.value)));
    if (!chosen.length) {
      sheet.warn("Kies minstens één deel om te exporteren.");
      boxes[0].firstChild.focus();
      return;
    }
    sheet.warn("");
    exportFile(sheet, chosen);
    closePanel(sheet, opener);
  });
}

/** The worksheet in `file`, or null after `warn` said why not (nothing changes then). */
async function read(sheet, file, warn = sheet.warn) {
  const refuse = (reason) => {
    warn(`Het bestand ${file.name} is niet ingelezen. ${reason} Er is niets veranderd.`);
    return null;
  };
  warn("");
  const tooBig = sizeProblem(file.size);
  if (tooBig) return refuse(tooBig);
  let text;
  try {
    text = await file.text();
  } catch (error) {
    return refuse("Het kon niet gelezen worden.");
  }
  const result = readFile(text, sheet.kinds);
  return result.problem ? refuse(result.problem) : result.record;
}

/** Imports `file` into the open worksheet: empty fields take its text, equal text stays,
 * differing text waits for the reader's choice. */
export async function importInto(sheet, file) {
  const incoming = await read(sheet, file);
  if (!incoming) return;
  const plan = planMerge(sheet.values(), incoming.velden, sheet.kinds);
  if (plan.conflicts.length) await choose(sheet, file.name, incoming, plan);
  else apply(sheet, file.name, incoming, {});
}

function apply(sheet, name, incoming, choices) {
  const before = sheet.record;
  const plan = planMerge(sheet.values(), incoming.velden, sheet.kinds);
  const fields = resolve(plan, choices, `het bestand ${name}`);
  const { versions, added } = mergeVersions(before.versies, incoming.versies);
  const next = { ...before, naam: before.naam || incoming.naam, velden: { ...before.velden, ...fields },
    versies: versions, gewijzigd: new Date().toISOString() };
  sheet.save(next);
  sheet.open(next);
  closePanel(sheet);
  const told = [`${plan.filled.length} ${plan.filled.length === 1 ? "veld" : "velden"} aangevuld`];
  if (plan.conflicts.length) told.push(`${plan.conflicts.length} ${plan.conflicts.length === 1 ? "verschil" : "verschillen"} volgens je keuze`);
  if (added) told.push(`${added} eerdere ${added === 1 ? "versie" : "versies"} toegevoegd`);
  sheet.offerUndo(`Het bestand ${name} is samengevoegd met dit werkblad: ${told.join(", ")}.`, () => {
    restore(sheet, before);
    sheet.say("Het importeren is ongedaan gemaakt: het werkblad is weer zoals ervoor.");
  });
  sheet.form.querySelector("[data-werkblad-actie='herstel']").focus();
}

const CHOICE_TEXT = {
  mijn: "Houd de tekst van dit werkblad",
  hun: "Neem de tekst uit het bestand",
  beide: "Houd beide: eerst de tekst van dit werkblad, dan die uit het bestand",
};

// Each differing field side by side, with a choice that nothing is applied without.
async function choose(sheet, name, incoming, plan) {
  const opener = sheet.form.querySelector("[data-werkblad-actie='importeren']");
  const groups = plan.conflicts.map((conflict, index) => {
    const id = `werkblad-keuze-${index}`;
    const options = ["mijn", "hun", ...(conflict.both ? ["beide"] : [])].map((value) =>
      el("label", {}, el("input", { type: "radio", name: id, value,
        "aria-describedby": value === "beide" ? null : `${id}-${value}` }), ` ${CHOICE_TEXT[value]}`));
    const text = (which, title) => el("div", {},
      el("p", { class: "werkblad__bron" }, title),
      el("div", { class: "werkblad__tekst", id: `${id}-${which}` }, conflict[which === "mijn" ? "mine" : "theirs"]));
    return el("fieldset", { class: "werkblad__verschil", "data-veld": conflict.name },
      el("legend", {}, fieldLabel(sheet.form, conflict.name)),
      el("div", { class: "werkblad__naast" }, text("mijn", "In dit werkblad"), text("hun", `In ${name}`)),
      el("div", { class: "werkblad__opties" }, options));
  });
  const counts = [];
  if (plan.filled.length) counts.push(`${plan.filled.length} lege ${plan.filled.length === 1 ? "veld krijgt" : "velden krijgen"} de tekst uit het bestand`);
  if (plan.same.length) counts.push(`${plan.same.length} ${plan.same.length === 1 ? "veld blijft" : "velden blijven"} zoals ze zijn`);
  const panel = await showPanel(sheet, `Samenvoegen met ${name}`, [
    el("p", {}, `${counts.length ? `${counts.join(", ")}. ` : ""}In ${plan.conflicts.length} ` +
      `${plan.conflicts.length === 1 ? "veld" : "velden"} verschillen de teksten: kies per veld ` +
      "wat je houdt. Het werkblad verandert pas als je op Samenvoegen klikt, en daarna kan je het nog " +
      "ongedaan maken."),
    groups,
    el("div", { class: "werkblad__knoppen" },
      button("samenvoegen", "Samenvoegen", { class: "md-button md-button--primary" }),
      button("annuleren", "Annuleren"))]);
  panel.addEventListener("click", (event) => {
    const action = event.target.closest("[data-paneel]")?.getAttribute("data-paneel");
    if (action === "annuleren") {
      closePanel(sheet, opener);
      sheet.warn("");
      sheet.say("Importeren afgebroken. Er is niets veranderd.");
    }
    if (action !== "samenvoegen") return;
    const choices = {};
    for (const group of groups) {
      const checked = group.querySelector("input:checked");
      if (checked) choices[group.getAttribute("data-veld")] = checked.value;
    }
    // Planned again: the fields may have changed while the panel was open.
    const now = planMerge(sheet.values(), incoming.velden, sheet.kinds);
    const missing = unresolved(now, choices);
    if (missing.length) {
      const open = groups.find((group) => missing.some((m) => m.name === group.getAttribute("data-veld")));
      sheet.warn(`Kies nog wat je houdt bij: ${missing.map((m) => fieldLabel(sheet.form, m.name)).join("; ")}.`);
      if (open) open.querySelector("input").focus();
      else choose(sheet, name, incoming, now);
      return;
    }
    sheet.warn("");
    apply(sheet, name, incoming, choices);
  });
}

/** Imports `file` as a new worksheet of the list; returns it, or null. */
export async function importAsNew(sheet, file, warn) {
  const incoming = await read(sheet, file, warn);
  if (!incoming) return null;
  const record = { ...incoming, id: newId(), gewijzigd: new Date().toISOString() };
  sheet.save(record);
  sheet.open(record);
  return record;
}
