// The catalogue's pure logic: its state in the address, its compact index (filters and
// their counts), and what it says about its list.
import { test } from "node:test";
import assert from "node:assert/strict";
import { isEmpty, readState, writeState } from "../../../docs/javascripts/catalogus/state.js";
import { counts, filterIndex, listPlace, matching } from "../../../docs/javascripts/catalogus/index.js";
import { choiceText, counterText, emptyText, moreText } from "../../../docs/javascripts/catalogus/status.js";

const NAMES = ["opdracht", "regio"];
const OPTIONS = { opdracht: new Set(["a", "c", "g"]), regio: new Set(["vlaanderen", "x"]) };

test("the address holds the words and the filters, and gives them back", () => {
  const search = writeState("?regio=x&h=iets", { query: "spijbelen thuis", filters: { opdracht: "g" } }, NAMES);
  assert.equal(search, "?q=spijbelen+thuis&opdracht=g&h=iets");
  assert.deepEqual(readState(search, OPTIONS), { query: "spijbelen thuis", filters: { opdracht: "g" } });
  // A filter no longer chosen, and words no longer typed, leave the address.
  assert.equal(writeState(search, { query: "", filters: {} }, NAMES), "?h=iets");
  assert.equal(writeState("", { query: "", filters: {} }, NAMES), "");
});

test("an address with a value the form does not offer keeps the rest", () => {
  const state = readState("?q=%20clb%20&opdracht=z&regio=x", OPTIONS);
  assert.deepEqual(state, { query: "clb", filters: { regio: "x" } });
  assert.ok(!isEmpty(state));
  assert.ok(isEmpty(readState("?opdracht=z", OPTIONS)));
});

// Four practices in catalogue order: [opdrachten, regio].
const INDEX = filterIndex({
  namen: NAMES, waarden: [["a", "c", "g"], ["vlaanderen", "x"]], per_bestand: 2, aantal: 4,
  // Per filter, practice by practice: the indexes of its values.
  praktijken: ["0,1.2,2,", "1,1,0,1"],
});

test("an index without practices has none, an empty string notwithstanding", () => {
  const none = filterIndex({ namen: NAMES, waarden: [[], []], per_bestand: 1, aantal: 0, praktijken: ["", ""] });
  assert.deepEqual(matching(none, {}), []);
});

test("the filters keep the practices with every chosen value, in catalogue order", () => {
  assert.deepEqual(matching(INDEX, {}), [0, 1, 2, 3]);
  assert.deepEqual(matching(INDEX, { opdracht: "g" }), [1, 2]);
  assert.deepEqual(matching(INDEX, { opdracht: "g", regio: "x" }), [1]);
  assert.deepEqual(matching(INDEX, { opdracht: "g", regio: "vlaanderen" }, [2, 1]), [2]);
  assert.deepEqual(matching(INDEX, { opdracht: "h" }), []);
});

test("each option counts the practices it would leave with the other filters kept", () => {
  const all = counts(INDEX, { opdracht: "g", regio: "x" });
  // Task: counted among the practices in region x (0, 1, 3).
  assert.deepEqual(all.opdracht, { total: 3, values: { a: 1, c: 1, g: 1 } });
  // Region: counted among the practices with task g (1, 2).
  assert.deepEqual(all.regio, { total: 2, values: { x: 1, vlaanderen: 1 } });
  // Among what a text search found (practices 2 and 3) only.
  assert.deepEqual(counts(INDEX, {}, [2, 3]).opdracht, { total: 2, values: { g: 1 } });
  // A practice the map did not know (position undefined) is left out, not an error.
  assert.deepEqual(counts(INDEX, {}, [2, undefined]).opdracht, { total: 1, values: { g: 1 } });
});

test("a practice is found in its list file by its position", () => {
  assert.deepEqual(listPlace(2, 3), { file: 1, at: 1 });
  assert.deepEqual(listPlace(1, 3), { file: 3, at: 0 });
});

test("the counter says how many practices are left, and which word was left out", () => {
  assert.equal(counterText({ count: 1, total: 3 }), "1 van 3 goede praktijken");
  assert.equal(counterText({ count: 7, total: 50, without: ["paardrijden"] }),
               "Geen praktijken met \u201cpaardrijden\u201d; dit zijn de 7 van 50 goede praktijken zonder dat woord");
  assert.equal(counterText({ count: 2, total: 50, without: ["xq", "zz"] }),
               "Geen praktijken met \u201cxq\u201d en \u201czz\u201d; dit zijn de 2 van 50 goede praktijken zonder die woorden");
  assert.equal(counterText({ count: 0, total: 50, without: ["xq"] }), "0 van 50 goede praktijken");
});

test("an empty list says what to change", () => {
  assert.match(emptyText({ query: "", filtering: true }), /Wis een of meer filters/);
  assert.match(emptyText({ query: "xq", filtering: false }), /\u201cxq\u201d\. Probeer een ander woord/);
  assert.match(emptyText({ query: "xq", filtering: true }), /met deze filters\. Wis een of meer filters of/);
  assert.equal(moreText(45, 20), "Toon 20 praktijken meer (nog 45)");
  assert.equal(moreText(5, 20), "Toon de laatste 5 praktijken");
  assert.equal(moreText(1, 20), "Toon de laatste praktijk");
});

test("on paper, a list says what it was chosen by", () => {
  assert.equal(choiceText("spijbel", [["Opdracht (artikel 16)", "e) Spijbelen en vroegtijdig schoolverlaten"]]),
               "Gekozen: zoekwoorden \u201cspijbel\u201d; Opdracht (artikel 16): e) Spijbelen en vroegtijdig schoolverlaten.");
  assert.equal(choiceText("", [["Regio", "Heel Vlaanderen"], ["Onderwijsniveau", "Basisonderwijs"]]),
               "Gekozen: Regio: Heel Vlaanderen; Onderwijsniveau: Basisonderwijs.");
  assert.equal(choiceText("", []), "");
});
