import assert from "node:assert/strict";
import { test } from "node:test";

import {
  FORMAT, KIND, displayName, documentTitle, dutchDate, evaluationState, hasContent, newRecord,
  problem, summary, toRecord,
} from "../../docs/javascripts/werkblad/model.js";
import { KINDS } from "./helpers.mjs";

const v1 = { versie: 1, velden: { "rubriek-1-school": "Basisschool Het Voorbeeld" }, bewaard: "2026-11-23T10:00:00.000Z" };

test("dates read as Dutch, anything else stays as it is", () => {
  assert.equal(dutchDate("2026-11-23"), "23 november 2026");
  assert.equal(dutchDate("2027-01-05"), "5 januari 2027");
  assert.equal(dutchDate(""), "");
  assert.equal(dutchDate("morgen"), "morgen");
});

test("a version 1 worksheet is accepted and becomes a record with its fields and date", () => {
  assert.equal(problem(v1, KINDS), null);
  const record = toRecord(v1);
  assert.equal(record.versie, FORMAT);
  assert.equal(record.werkblad, KIND);
  assert.deepEqual(record.velden, v1.velden);
  assert.deepEqual(record.versies, []);
  assert.equal(record.gewijzigd, v1.bewaard);
  assert.notEqual(record.velden, v1.velden, "the record is a copy");
});

test("a version 2 record round-trips through a file", () => {
  const record = newRecord({ "rubriek-5-afspraken": "Elke maandag overleg." });
  record.versies.push({ id: "v1", datum: "2026-11-23", velden: { "rubriek-5-afspraken": "Eerst." } });
  const data = JSON.parse(JSON.stringify(record));
  assert.equal(problem(data, KINDS), null);
  assert.deepEqual(toRecord(data), record);
});

test("files this page cannot read say why, in Dutch", () => {
  const cases = [
    [["versie", 1], "'versie' en 'velden' ontbreken"],
    [{ naam: "iets anders" }, "'versie' en 'velden' ontbreken"],
    [{ versie: 3, velden: {} }, "nieuwere versie"],
    [{ versie: "2", velden: {} }, "versie \"2\""],
    [{ versie: 2, velden: { "rubriek-1-school": "X" }, id: "a", naam: "", versies: [] }, "geen werkblad samenwerkingsafspraken"],
    [{ versie: 1, velden: ["a"] }, "'velden'"],
    [{ versie: 1, velden: {} }, "geen enkel veld"],
    [{ versie: 1, velden: { "rubriek-9-afspraken": "X" } }, "'rubriek-9-afspraken' hoort niet"],
    [{ versie: 1, velden: { "rubriek-1-school": 3 } }, "geen tekst"],
    [{ versie: 1, velden: { "gesprek-datum": "23/11/2026" } }, "JJJJ-MM-DD"],
    [{ versie: 2, werkblad: KIND, velden: { "rubriek-1-school": "X" }, id: "a", naam: "", versies: [{ id: "x", datum: "gisteren", velden: {} }] }, "Versie 1 in het bestand"],
    [{ versie: 2, werkblad: KIND, velden: { "rubriek-1-school": "X" }, id: "a", naam: "", versies: [{ id: "x", datum: "2026-01-01", velden: { "rubriek-1-school": 1 } }] }, "Versie 1 in het bestand: het veld"],
    [{ versie: 2, werkblad: KIND, velden: { "rubriek-1-school": "X" } }, "'id', 'naam' of 'versies'"],
  ];
  for (const [data, expected] of cases) {
    const reason = problem(data, KINDS);
    assert.ok(reason && reason.includes(expected), `${JSON.stringify(data)}: ${reason}`);
  }
});

test("a stored record keeps fields the page no longer knows", () => {
  const data = { versie: 1, velden: { "rubriek-9-oud": "bewaard" } };
  assert.equal(problem(data, KINDS, { strict: false }), null);
});

test("the list shows school, CLB, last change and the next evaluation", () => {
  const record = newRecord({ "rubriek-1-school": "  Basisschool\nHet Voorbeeld ", "rubriek-1-centrum": "CLB Voorbeeldstad",
    "rubriek-8-volgende-evaluatie": "2027-05-01" }, { now: new Date("2026-11-23T10:00:00Z") });
  const item = summary(record);
  assert.equal(item.school, "Basisschool Het Voorbeeld");
  assert.equal(item.clb, "CLB Voorbeeldstad");
  assert.equal(item.gewijzigd, "2026-11-23T10:00:00.000Z");
  assert.equal(item.volgendeEvaluatie, "2027-05-01");
  assert.equal(displayName(item), "Basisschool Het Voorbeeld – CLB Voorbeeldstad");
  assert.equal(displayName({ ...item, naam: "Campus Noord" }), "Campus Noord");
  assert.equal(displayName(summary(newRecord())), "Werkblad zonder naam");
});

test("an evaluation is due on and after its date, soon within thirty days", () => {
  assert.equal(evaluationState("2027-05-01", "2027-05-01"), "aan-de-beurt");
  assert.equal(evaluationState("2027-04-01", "2027-05-01"), "aan-de-beurt");
  assert.equal(evaluationState("2027-05-20", "2027-05-01"), "binnenkort");
  assert.equal(evaluationState("2027-09-01", "2027-05-01"), "gepland");
  assert.equal(evaluationState("", "2027-05-01"), "");
});

test("an empty worksheet holds nothing worth keeping", () => {
  assert.equal(hasContent(newRecord({ "rubriek-5-afspraken": "  " })), false);
  assert.equal(hasContent(newRecord({ "rubriek-5-afspraken": "x" })), true);
  assert.equal(hasContent({ ...newRecord(), naam: "Campus" }), true);
});

test("the document title names school, CLB and the conversation's date", () => {
  assert.equal(documentTitle({}), "Samenwerkingsafspraken school-CLB");
  assert.equal(documentTitle({ "rubriek-1-school": "School A", "rubriek-1-centrum": "CLB B", "gesprek-datum": "2026-11-23" }),
    "Samenwerkingsafspraken School A – CLB B – 23 november 2026");
});
