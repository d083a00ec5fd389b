import assert from "node:assert/strict";
import { test } from "node:test";

import {
  FORMAT, KIND, documentTitle, dutchDate, fromStorage, hasContent, newRecord, summary, toRecord,
} from "../../docs/javascripts/werkblad/model.js";

const v1 = { versie: 1, velden: { "rubriek-1-school": "Basisschool Het Voorbeeld" }, bewaard: "2026-11-23T10:00:00.000Z" };

test("dates read as Dutch, anything else stays as it is", () => {
  assert.equal(dutchDate("2026-11-23"), "23 november 2026");
  assert.equal(dutchDate("2027-01-05"), "5 januari 2027");
  assert.equal(dutchDate(""), "");
  assert.equal(dutchDate("morgen"), "morgen");
});

test("a version 1 worksheet becomes a record with its fields and date", () => {
  const record = toRecord(v1);
  assert.equal(record.versie, FORMAT);
  assert.equal(record.werkblad, KIND);
  assert.deepEqual(record.velden, v1.velden);
  assert.deepEqual(record.versies, []);
  assert.equal(record.gewijzigd, v1.bewaard);
  assert.notEqual(record.velden, v1.velden, "the record is a copy");
});

test("a version 2 record round-trips through storage", () => {
  const record = newRecord({ "rubriek-5-afspraken": "Elke maandag overleg." });
  record.versies.push({ id: "v1", datum: "2026-11-23", velden: { "rubriek-5-afspraken": "Eerst." } });
  assert.deepEqual(fromStorage(JSON.parse(JSON.stringify(record))), record);
});

test("a stored record keeps fields the page no longer knows; what is no record is refused", () => {
  assert.equal(fromStorage({ versie: 1, velden: { "rubriek-9-oud": "bewaard" } }).velden["rubriek-9-oud"], "bewaard");
  for (const data of [null, [], { versie: 1, velden: { a: 1 } }, { versie: 2, velden: {} },
    { ...newRecord(), versies: [{ datum: "gisteren", velden: {} }] }, { ...newRecord(), versie: 3 }]) {
    assert.equal(fromStorage(data), null, JSON.stringify(data));
  }
});

test("a summary holds school, CLB, last change and the next evaluation", () => {
  const record = newRecord({ "rubriek-1-school": "  Basisschool\nHet Voorbeeld ", "rubriek-1-centrum": "CLB Voorbeeldstad",
    "rubriek-8-volgende-evaluatie": "2027-05-01" }, { now: new Date("2026-11-23T10:00:00Z") });
  const item = summary(record);
  assert.equal(item.school, "Basisschool Het Voorbeeld");
  assert.equal(item.clb, "CLB Voorbeeldstad");
  assert.equal(item.gewijzigd, "2026-11-23T10:00:00.000Z");
  assert.equal(item.volgendeEvaluatie, "2027-05-01");
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
