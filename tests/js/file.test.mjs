import assert from "node:assert/strict";
import { test } from "node:test";

import { MAX_BYTES, exportData, fileName, partOf, problem, readFile, sizeProblem } from "../../docs/javascripts/werkblad/file.js";
import { KIND, newRecord } from "../../docs/javascripts/werkblad/model.js";
import { KINDS } from "./helpers.mjs";

function record() {
  const result = newRecord({ "gesprek-datum": "2026-11-23", "rubriek-1-school": "Basisschool Het Voorbeeld",
    "rubriek-4-notities": "CLB", "rubriek-5-afspraken": "Afspraak." }, { id: "a" });
  result.versies.push({ id: "v", datum: "2025-11-20", velden: { "rubriek-1-school": "Oud", "rubriek-5-afspraken": "Oude afspraak." } });
  return result;
}

test("the whole worksheet exports losslessly, versions included", () => {
  const original = record();
  const data = JSON.parse(JSON.stringify(exportData(original, null, new Date("2026-11-24T08:00:00Z"))));
  assert.equal(data.bewaard, "2026-11-24T08:00:00.000Z");
  const back = readFile(JSON.stringify(data), KINDS).record;
  assert.deepEqual(back, original);
});

test("chosen rubrics export only their fields, in the worksheet and in its versions", () => {
  const data = exportData(record(), [1, 4]);
  assert.deepEqual(data.onderdelen, [1, 4]);
  assert.deepEqual(data.velden, { "rubriek-1-school": "Basisschool Het Voorbeeld", "rubriek-4-notities": "CLB" });
  assert.deepEqual(data.versies[0].velden, { "rubriek-1-school": "Oud" });
  assert.equal(readFile(JSON.stringify(data), KINDS).problem, undefined);
  assert.equal(partOf("gesprek-datum"), "gesprek");
  assert.equal(partOf("rubriek-12-x"), 12);
});

test("a file of version 1 reads as before", () => {
  const text = JSON.stringify({ versie: 1, velden: { "rubriek-5-afspraken": "Van vroeger." }, bewaard: "2026-01-01T00:00:00Z" });
  const { record: read } = readFile(text, KINDS);
  assert.deepEqual(read.velden, { "rubriek-5-afspraken": "Van vroeger." });
  assert.deepEqual(read.versies, []);
});

test("corrupt, foreign and newer files are refused with a reason", () => {
  assert.match(readFile("{kapot", KINDS).problem, /geen JSON-bestand/);
  assert.match(readFile(JSON.stringify({ type: "FeatureCollection" }), KINDS).problem, /geen werkblad van deze pagina/);
  assert.match(readFile(JSON.stringify({ versie: 7, velden: {} }), KINDS).problem, /versie 7.*nieuwere versie/);
});

test("a file larger than a worksheet can be is refused before it is read", () => {
  assert.equal(sizeProblem(200000), null);
  assert.match(sizeProblem(50 * 1024 * 1024), /te groot/);
  assert.ok(MAX_BYTES < 50 * 1024 * 1024);
});

test("file names carry the school and the date", () => {
  assert.equal(fileName(record(), "json", "2026-11-24"), "samenwerkingsafspraken-basisschool-het-voorbeeld-2026-11-24.json");
  assert.equal(fileName(newRecord(), "docx", "2026-11-24"), "samenwerkingsafspraken-2026-11-24.docx");
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

