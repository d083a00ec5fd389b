import assert from "node:assert/strict";
import { test } from "node:test";

import { changes, lineDiff, startEvaluation, versionLabel } from "../../docs/javascripts/werkblad/history.js";
import { newRecord } from "../../docs/javascripts/werkblad/model.js";

const NAMES = ["gesprek-datum", "rubriek-5-afspraken", "rubriek-6-afspraken", "rubriek-7-afspraken"];

test("an evaluation keeps the agreements as a version dated with their conversation", () => {
  const record = newRecord({ "gesprek-datum": "2026-11-23", "rubriek-5-afspraken": "Overleg elke maandag." });
  const evaluated = startEvaluation(record, { today: "2027-11-20", id: "v1", now: new Date("2027-11-20T09:00:00Z") });
  assert.equal(evaluated.versies.length, 1);
  const [version] = evaluated.versies;
  assert.deepEqual(version, { id: "v1", datum: "2026-11-23", bewaard: "2027-11-20T09:00:00.000Z", velden: record.velden });
  assert.notEqual(version.velden, record.velden, "the version is a copy, not the worksheet itself");
  assert.deepEqual(evaluated.velden, record.velden, "the worksheet goes on from the same agreements");
  assert.equal(record.versies.length, 0, "the record passed in is not changed");
  assert.equal(versionLabel(version), "Afspraken van 23 november 2026");
});

test("without a conversation date the version takes today's; unchanged agreements make none", () => {
  const record = newRecord({ "rubriek-5-afspraken": "Overleg." });
  const evaluated = startEvaluation(record, { today: "2027-11-20" });
  assert.equal(evaluated.versies[0].datum, "2027-11-20");
  assert.equal(startEvaluation(evaluated, { today: "2027-11-21" }), null);
  const changed = { ...evaluated, velden: { ...evaluated.velden, "rubriek-6-afspraken": "Nieuw." } };
  assert.equal(startEvaluation(changed, { today: "2028-11-21" }).versies.length, 2);
});

test("lines are told as kept, removed and added, in order", () => {
  assert.deepEqual(lineDiff("a\nb\nc", "a\nc\nd"), [["=", "a"], ["-", "b"], ["=", "c"], ["+", "d"]]);
  assert.deepEqual(lineDiff("", "x"), [["+", "x"]]);
  assert.deepEqual(lineDiff("x\r\n", ""), [["-", "x"]]);
});

test("changes name each changed field as new, changed or removed, in page order", () => {
  const before = { "rubriek-5-afspraken": "Overleg elke maandag.\nMDO op donderdag.", "rubriek-7-afspraken": "Infoavond in maart." };
  const after = { "rubriek-5-afspraken": "Overleg elke dinsdag.\nMDO op donderdag.", "rubriek-6-afspraken": "Verslag binnen een week.",
    "rubriek-7-afspraken": " " };
  const result = changes(before, after, NAMES);
  assert.deepEqual(result.map((c) => [c.name, c.status]), [
    ["rubriek-5-afspraken", "gewijzigd"], ["rubriek-6-afspraken", "nieuw"], ["rubriek-7-afspraken", "geschrapt"]]);
  assert.deepEqual(result[0].lines, [["-", "Overleg elke maandag."], ["+", "Overleg elke dinsdag."], ["=", "MDO op donderdag."]]);
  assert.deepEqual(changes(before, { ...before, "rubriek-5-afspraken": `${before["rubriek-5-afspraken"]}  \n` }, NAMES), []);
});
