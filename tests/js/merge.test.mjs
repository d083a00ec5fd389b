import assert from "node:assert/strict";
import { test } from "node:test";

import { joinBoth, mergeVersions, planMerge, resolve, unresolved } from "../../docs/javascripts/werkblad/merge.js";
import { KINDS } from "./helpers.mjs";

// The school filled rubrics 1 and 2, the CLB rubric 4; both wrote something in rubric 5.
const school = { "rubriek-1-school": "Basisschool Het Voorbeeld", "rubriek-2-notities": "Zorgbeleid in het schoolwerkplan.",
  "rubriek-4-notities": "", "rubriek-5-afspraken": "De zorgcoördinator belt elke maandag.", "gesprek-datum": "2026-11-23" };
const clb = { "rubriek-1-school": "Basisschool Het Voorbeeld\r\n", "rubriek-2-notities": "", "rubriek-4-notities": "Centrumbeleid: zie brochure.",
  "rubriek-5-afspraken": "Het CLB komt om de twee weken naar het MDO.", "gesprek-datum": "2026-11-30" };

test("empty fields take the incoming text, equal and empty incoming text change nothing", () => {
  const plan = planMerge(school, clb, KINDS);
  assert.deepEqual(plan.filled, ["rubriek-4-notities"]);
  assert.deepEqual(plan.same.sort(), ["rubriek-1-school", "rubriek-2-notities"]);
  assert.equal(plan.fields["rubriek-4-notities"], "Centrumbeleid: zie brochure.");
  assert.equal(plan.fields["rubriek-2-notities"], school["rubriek-2-notities"]);
  assert.equal(plan.fields["rubriek-1-school"], school["rubriek-1-school"]);
});

test("differing text is a conflict with both versions, and nothing changes without a choice", () => {
  const plan = planMerge(school, clb, KINDS);
  assert.deepEqual(plan.conflicts.map((c) => [c.name, c.mine, c.theirs, c.both]), [
    ["rubriek-5-afspraken", school["rubriek-5-afspraken"], clb["rubriek-5-afspraken"], true],
    ["gesprek-datum", "2026-11-23", "2026-11-30", false],
  ]);
  assert.equal(plan.fields["rubriek-5-afspraken"], school["rubriek-5-afspraken"]);
  assert.equal(unresolved(plan, {}).length, 2);
  assert.throws(() => resolve(plan, { "rubriek-5-afspraken": "mijn" }, "x.json"), /gesprek-datum/);
  // A date cannot hold two dates.
  assert.equal(unresolved(plan, { "rubriek-5-afspraken": "mijn", "gesprek-datum": "beide" }).length, 1);
});

test("each choice keeps mine, theirs, or both with a line naming the source", () => {
  const plan = planMerge(school, clb, KINDS);
  const mine = resolve(plan, { "rubriek-5-afspraken": "mijn", "gesprek-datum": "hun" }, "het bestand clb.json");
  assert.equal(mine["rubriek-5-afspraken"], school["rubriek-5-afspraken"]);
  assert.equal(mine["gesprek-datum"], "2026-11-30");
  const both = resolve(plan, { "rubriek-5-afspraken": "beide", "gesprek-datum": "mijn" }, "het bestand clb.json");
  assert.equal(both["rubriek-5-afspraken"], "De zorgcoördinator belt elke maandag.\n\n--- Uit het bestand clb.json ---\n" +
    "Het CLB komt om de twee weken naar het MDO.");
  assert.equal(both["rubriek-4-notities"], "Centrumbeleid: zie brochure.");
  assert.equal(joinBoth("a\n\n", "\nb", "x"), "a\n\n--- Uit x ---\nb");
});

test("a file with chosen rubrics leaves the other fields alone", () => {
  const plan = planMerge(school, { "rubriek-4-notities": "Alleen rubriek 4." }, KINDS);
  assert.deepEqual(plan.fields, { ...school, "rubriek-4-notities": "Alleen rubriek 4." });
  assert.equal(plan.conflicts.length, 0);
});

test("versions from both come together once each, oldest first", () => {
  const a = { id: "a", datum: "2026-11-23", velden: {} };
  const b = { id: "b", datum: "2025-11-20", velden: {} };
  const { versions, added } = mergeVersions([a], [a, b]);
  assert.deepEqual(versions.map((v) => v.id), ["b", "a"]);
  assert.equal(added, 1);
});
