import assert from "node:assert/strict";
import { test } from "node:test";

import { newRecord } from "../../docs/javascripts/werkblad/model.js";
import { CURRENT, PREFIX, V1_ID, V1_KEY, failure, openStore } from "../../docs/javascripts/werkblad/store.js";
import { FakeStorage } from "./helpers.mjs";

const V1 = JSON.stringify({ versie: 1, velden: { "rubriek-1-school": "Basisschool Het Voorbeeld",
  "rubriek-5-afspraken": "Elke maandag overleg." }, bewaard: "2026-11-23T10:00:00.000Z" });

test("the worksheet of version 1 joins the list without loss, once", () => {
  const storage = new FakeStorage({ [V1_KEY]: V1 });
  const store = openStore(() => storage);
  assert.equal(store.current(), V1_ID);
  assert.deepEqual(store.get(V1_ID).velden, JSON.parse(V1).velden);
  assert.equal(storage.getItem(V1_KEY), null, "the old key goes once the record is stored");
  assert.deepEqual(JSON.parse(storage.getItem(PREFIX + V1_ID)).velden, JSON.parse(V1).velden);
  // Opened again: still one worksheet.
  storage.setItem(V1_KEY, V1);
  const again = openStore(() => storage);
  assert.equal(again.list().length, 1);
});

test("a version 1 worksheet that cannot be stored stays where it was", () => {
  const storage = new FakeStorage({ [V1_KEY]: V1 });
  storage.fail("QuotaExceededError");
  const store = openStore(() => storage);
  assert.equal(store.state.failure, "vol");
  assert.equal(storage.getItem(V1_KEY), V1);
  assert.equal(store.get(store.current()).velden["rubriek-5-afspraken"], "Elke maandag overleg.");
});

test("an unreadable entry is left untouched and reported", () => {
  const storage = new FakeStorage({ [V1_KEY]: "{kapot", [`${PREFIX}x`]: "[]" });
  const store = openStore(() => storage);
  assert.deepEqual(store.state.unreadable.sort(), [V1_KEY, `${PREFIX}x`].sort());
  assert.equal(storage.getItem(V1_KEY), "{kapot");
  assert.equal(store.list().length, 0);
});

test("several worksheets are kept apart, each under its own key", () => {
  const storage = new FakeStorage();
  const store = openStore(() => storage);
  const a = newRecord({ "rubriek-1-school": "School A" }, { id: "a" });
  const b = newRecord({ "rubriek-1-school": "School B" }, { id: "b" });
  assert.equal(store.put(b), null);
  assert.equal(store.put(a), null);
  store.setCurrent("b");
  const reopened = openStore(() => storage);
  assert.deepEqual(reopened.list().map((item) => item.school).sort(), ["School A", "School B"]);
  assert.equal(reopened.get("a").velden["rubriek-1-school"], "School A");
  assert.equal(reopened.current(), "b");
  assert.equal(storage.getItem(CURRENT), "b");
  reopened.remove("a");
  assert.equal(openStore(() => storage).get("a"), null);
});

test("an empty worksheet is listed while open but not stored", () => {
  const storage = new FakeStorage();
  const store = openStore(() => storage);
  store.put(newRecord({}, { id: "leeg" }));
  assert.equal(store.list().length, 1);
  assert.equal(storage.getItem(`${PREFIX}leeg`), null);
});

test("full storage keeps the worksheet in memory and says so", () => {
  const storage = new FakeStorage();
  const store = openStore(() => storage);
  storage.fail("QuotaExceededError");
  const record = newRecord({ "rubriek-5-afspraken": "Niet kwijt." }, { id: "a" });
  assert.equal(store.put(record), "vol");
  assert.equal(store.get("a").velden["rubriek-5-afspraken"], "Niet kwijt.");
  storage.fail(null);
  assert.equal(store.put(record), null, "a later save that succeeds clears the failure");
  assert.equal(store.state.failure, null);
});

test("blocked storage (private window) still keeps worksheets while the page is open", () => {
  const store = openStore(() => {
    const error = new Error("The operation is insecure.");
    error.name = "SecurityError";
    throw error;
  });
  assert.equal(store.state.failure, "geblokkeerd");
  assert.equal(store.put(newRecord({ "rubriek-1-school": "X" }, { id: "a" })), "geblokkeerd");
  assert.equal(store.list().length, 1);
  store.setCurrent("a");
  assert.equal(store.current(), "a");
});

test("storage errors are told apart", () => {
  assert.equal(failure({ name: "QuotaExceededError" }), "vol");
  assert.equal(failure({ name: "NS_ERROR_DOM_QUOTA_REACHED" }), "vol");
  assert.equal(failure({ name: "SecurityError" }), "geblokkeerd");
});

test("a change in another tab updates the record, or removes it", () => {
  const storage = new FakeStorage();
  const store = openStore(() => storage);
  store.put(newRecord({ "rubriek-1-school": "A" }, { id: "a" }));
  const changed = newRecord({ "rubriek-1-school": "A, aangevuld" }, { id: "a" });
  assert.equal(store.changed(PREFIX + "a", JSON.stringify(changed)).velden["rubriek-1-school"], "A, aangevuld");
  assert.equal(store.get("a").velden["rubriek-1-school"], "A, aangevuld");
  assert.equal(store.changed("iets-anders", "x"), undefined);
  assert.equal(store.changed(PREFIX + "a", null), null);
  assert.equal(store.get("a"), null);
});

test("the list comes last changed first: that one opens when none was open", () => {
  const storage = new FakeStorage();
  const store = openStore(() => storage);
  store.put(newRecord({ "rubriek-1-school": "Oud" }, { id: "oud", now: new Date("2025-01-01T00:00:00Z") }));
  store.put(newRecord({ "rubriek-1-school": "Nieuw" }, { id: "nieuw", now: new Date("2026-01-01T00:00:00Z") }));
  assert.deepEqual(store.list().map((item) => item.id), ["nieuw", "oud"]);
  assert.equal(store.current(), null);
});
