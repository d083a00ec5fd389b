import assert from "node:assert/strict";
import { test } from "node:test";

import { byName, displayName, duplicate, evaluationState } from "../../docs/javascripts/werkblad/list.js";
import { newRecord, summary } from "../../docs/javascripts/werkblad/model.js";

test("a copy for another school keeps the CLB's part and the agreements, not the school's", () => {
  const source = newRecord({
    "gesprek-datum": "2026-11-23", "gesprek-aanwezigen": "Directeur, CLB-medewerker",
    "rubriek-1-centrum": "CLB Voorbeeldstad", "rubriek-1-centrum-gegevens": "Voorbeeldstraat 1", "rubriek-1-centrumbestuur": "Bestuur",
    "rubriek-1-school": "School A", "rubriek-1-scholen": "School A, 000000", "rubriek-1-schoolbestuur": "Schoolbestuur A",
    "rubriek-2-notities": "Zorgbeleid A", "rubriek-3-notities": "PBD van A", "rubriek-4-notities": "Centrumbeleid",
    "rubriek-5-afspraken": "Rolverdeling", "rubriek-8-afspraken": "Evaluatie in mei", "rubriek-8-frequentie": "Elk schooljaar",
    "rubriek-8-volgende-evaluatie": "2027-05-01", "rubriek-8-stopzetting": "School A stopt.",
  }, { id: "a" });
  source.naam = "School A";
  source.versies.push({ id: "v", datum: "2025-11-20", velden: {} });
  const copy = duplicate(source, { id: "b" });
  assert.equal(copy.id, "b");
  assert.equal(copy.naam, "");
  assert.deepEqual(copy.versies, []);
  assert.deepEqual(Object.keys(copy.velden).sort(), ["rubriek-1-centrum", "rubriek-1-centrum-gegevens", "rubriek-1-centrumbestuur",
    "rubriek-4-notities", "rubriek-5-afspraken", "rubriek-8-afspraken", "rubriek-8-frequentie"]);
  assert.equal(copy.velden["rubriek-5-afspraken"], "Rolverdeling");
  assert.equal(source.velden["rubriek-1-school"], "School A", "the original is not changed");
});

test("an evaluation is due on and after its date, soon within thirty days", () => {
  assert.equal(evaluationState("2027-05-01", "2027-05-01"), "aan-de-beurt");
  assert.equal(evaluationState("2027-04-01", "2027-05-01"), "aan-de-beurt");
  assert.equal(evaluationState("2027-05-20", "2027-05-01"), "binnenkort");
  assert.equal(evaluationState("2027-09-01", "2027-05-01"), "gepland");
  assert.equal(evaluationState("", "2027-05-01"), "");
});

test("the list names a worksheet by its own name, else by school and CLB, and sorts by it", () => {
  const item = summary(newRecord({ "rubriek-1-school": "Basisschool Het Voorbeeld", "rubriek-1-centrum": "CLB Voorbeeldstad" }));
  assert.equal(displayName(item), "Basisschool Het Voorbeeld – CLB Voorbeeldstad");
  assert.equal(displayName({ ...item, naam: "Campus Noord" }), "Campus Noord");
  assert.equal(displayName(summary(newRecord())), "Werkblad zonder naam");
  const names = byName([{ ...item, naam: "Zonnebloem" }, { ...item, naam: "École Ardennen" }, { ...item, naam: "atheneum" }]);
  assert.deepEqual(names.map((i) => i.naam), ["atheneum", "École Ardennen", "Zonnebloem"]);
});
