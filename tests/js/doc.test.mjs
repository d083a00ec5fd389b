import assert from "node:assert/strict";
import { test } from "node:test";

import { buildDoc } from "../../docs/javascripts/werkblad/doc.js";
import { newRecord } from "../../docs/javascripts/werkblad/model.js";

const STRUCTURE = {
  conversation: [{ name: "gesprek-datum", label: "Datum van het gesprek", kind: "date" },
    { name: "gesprek-aanwezigen", label: "Aanwezig", kind: "textarea" }],
  rubrics: [
    { number: 1, title: "Contactgegevens", part: "informatie", origin: "Afgeleid.",
      questions: [{ text: "Wie?", fromSource: false }],
      fields: [{ name: "rubriek-1-school", label: "Naam van de school", kind: "text" }] },
    { number: 8, title: "Evaluatie", part: "afspraken", origin: "Uit de leidraad.",
      questions: [{ text: "Wanneer?", fromSource: true }],
      fields: [{ name: "rubriek-8-afspraken", label: "Afspraken", kind: "textarea" },
        { name: "rubriek-8-volgende-evaluatie", label: "Volgende evaluatie", kind: "date" }] },
  ],
};

function record() {
  const result = newRecord({ "gesprek-datum": "2026-11-23", "gesprek-aanwezigen": "Directeur", "rubriek-1-school": "School A",
    "rubriek-1-centrum": "CLB B", "rubriek-8-afspraken": "Elk jaar in mei.", "rubriek-8-frequentie": "Elk schooljaar",
    "rubriek-8-volgende-evaluatie": "2027-05-01" });
  result.versies.push({ id: "v", datum: "2025-11-20", velden: { "rubriek-8-afspraken": "Om de twee jaar." } });
  return result;
}

test("the document holds the current version: title, rubrics, questions, answers, signatures", () => {
  const doc = buildDoc(record(), STRUCTURE, { siteUrl: "https://example.org/leidraad/werkblad/", now: new Date(2026, 10, 24) });
  assert.equal(doc.title, "Samenwerkingsafspraken school-CLB");
  assert.equal(doc.school, "School A");
  assert.equal(doc.clb, "CLB B");
  assert.equal(doc.date, "2026-11-23");
  assert.equal(doc.generated, "2026-11-24");
  assert.equal(doc.siteUrl, "https://example.org/leidraad/werkblad/");
  assert.deepEqual(doc.conversation, [{ label: "Datum van het gesprek", value: "23 november 2026", kind: "date" },
    { label: "Aanwezig", value: "Directeur", kind: "textarea" }]);
  assert.deepEqual(doc.rubrics[1], { number: 8, title: "Evaluatie", part: "afspraken", origin: "Uit de leidraad.",
    questions: [{ text: "Wanneer?", fromSource: true }],
    fields: [{ label: "Afspraken", value: "Elk jaar in mei.", kind: "textarea" },
      { label: "Volgende evaluatie", value: "1 mei 2027", kind: "date" }] });
  assert.deepEqual(doc.evaluation, { frequency: "Elk schooljaar", next: "2027-05-01" });
  assert.deepEqual(doc.history, []);
  assert.deepEqual(doc.signatures, ["School", "CLB"]);
});

test("with the history, the earlier versions follow as an annex", () => {
  const doc = buildDoc(record(), STRUCTURE, { withHistory: true });
  assert.equal(doc.history.length, 1);
  assert.equal(doc.history[0].date, "2025-11-20");
  assert.equal(doc.history[0].label, "Versie 1");
  assert.equal(doc.history[0].rubrics[1].fields[0].value, "Om de twee jaar.");
});

test("without frequency or date there is no evaluation", () => {
  assert.equal(buildDoc(newRecord(), STRUCTURE).evaluation, null);
});
