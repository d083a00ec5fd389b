// Ranking, and searching the forms of a query over the pages' and the practices' index.
import { test } from "node:test";
import assert from "node:assert/strict";
import { answer, ranking, sameTop } from "../../../docs/javascripts/zoeken/ranking.js";
import { search, searchIn } from "../../../docs/javascripts/zoeken/search.js";
import { effective, worthSearching } from "../../../docs/javascripts/zoeken/typing.js";
import { marks, stems } from "../../../docs/javascripts/zoeken/highlight.js";
import { plan } from "../../../docs/javascripts/zoeken/forms.js";
import { enginesOf, listOf } from "./helpers.mjs";

const SITE = {
  beroepsgeheim: [5, 0], clb: [20, 40], hierarchische: [1, 0], leerling: [9, 9],
  leerlingen: [9, 9], leerkracht: [4, 4], leerplicht: [3, 3], leerstof: [1, 1],
  leerjaar: [1, 1], leerweg: [1, 0], leerlijn: [1, 0], leerroute: [1, 0], leerzorg: [1, 0],
  spijbelen: [2, 1], spijbelgedrag: [0, 1], voorzorg: [1, 0],
};
const GROUPS = [["clb", "centrum voor leerlingenbegeleiding"]];

const ids = (ranked) => ranked.map((r) => r.result.id);

test("a page found by several forms counts with its best, weighted score", () => {
  const typed = { query: "a", weight: 1 }, fixed = { query: "b", weight: 0.5 };
  const ranked = ranking([
    { form: typed, results: [{ id: "p1", score: 1 }, { id: "p2", score: 2 }] },
    { form: fixed, results: [{ id: "p1", score: 10 }, { id: "p3", score: 1 }] },
  ]);
  assert.deepEqual(ids(ranked), ["p1", "p2", "p3"]);
  assert.equal(ranked[0].terms, "b");  // the page is highlighted for the form that found it
  assert.ok(sameTop(ranked, ranked.slice(0, 2), 2));
  assert.ok(!sameTop(ranked, ranked.slice(1, 3), 2));
});

test("what Pagefind made of a word on no page is ranked only when nothing else found anything", () => {
  const typed = { form: { query: "xqzvwk", weight: 0.4 }, results: [{ id: "junk", score: 9 }] };
  const fixed = (results) => ({ form: { query: "b", weight: 0.7 }, results });
  const p = { unknown: ["xqzvwk"], without: [] };
  const alone = answer(p, [typed, fixed([])], true);
  assert.ok(alone.partial);
  assert.deepEqual(ids(alone.ranked), ["junk"]);
  const fixedFound = answer(p, [typed, fixed([{ id: "p1", score: 1 }])], true);
  assert.ok(!fixedFound.partial);
  assert.deepEqual(ids(fixedFound.ranked), ["p1"]);
  // Every word on the site: the query as typed ranks with the rest.
  const exact = answer({ unknown: [], without: [] }, [typed, fixed([{ id: "p1", score: 1 }])], true);
  assert.deepEqual(ids(exact.ranked), ["junk", "p1"]);
  // What it matched is only the word's first letters: no pages at all.
  const weak = answer({ ...p, weak: true }, [typed, fixed([])], true);
  assert.ok(weak.partial);
  assert.deepEqual(weak.ranked, []);
});

test("a word not on the site is weak when what it shares with the site is only its first letters", async () => {
  const { list } = listOf({ ...SITE, leerlingbegeleiding: [5, 5], integratie: [2, 0] });
  const weak = async (q) => (await plan(q, list, GROUPS)).weak;
  assert.equal(await weak("intake"), true);                // "int": three letters
  assert.equal(await weak("leerlingbespreking"), false);   // "leerlingbe": ten of eighteen
  assert.equal(await weak("leerlingenbespreking"), false);
  assert.equal(await weak("spijbelenzzzzzzzzzzzzzz"), true);  // nine letters, but not half of it
  assert.equal(await weak("leerlingen"), false);           // on the site: nothing to weigh
});

test("a word on no page is left out; when the rest finds nothing, the fallback answers", () => {
  const typed = { form: { query: "spijbelen xyzzy", weight: 0.4 }, results: [{ id: "junk", score: 9 }] };
  const rest = { form: { query: "spijbelen", weight: 1 }, results: [{ id: "e", score: 1 }] };
  const left = answer({ unknown: ["xyzzy"], without: ["xyzzy"] }, [typed, rest], true);
  assert.deepEqual(ids(left.ranked), ["e"]);
  assert.deepEqual(left.without, ["xyzzy"]);
  // "beroepsgeheim hierarchsiche": the correction finds no page with both words.
  const plan = { unknown: ["hierarchsiche"], without: [] };
  const fixed = { form: { query: "beroepsgeheim hierarchische", weight: 0.7 }, results: [] };
  const fallback = { form: { query: "beroepsgeheim", weight: 0.4, fallback: true }, results: [{ id: "r6", score: 1 }] };
  const last = answer(plan, [typed, fixed, fallback], true);
  assert.deepEqual(ids(last.ranked), ["r6"]);
  assert.deepEqual(last.without, ["hierarchsiche"]);
  assert.ok(!last.partial);
  // Found by the correction: the fallback is not ranked.
  const better = answer(plan, [typed, { ...fixed, results: [{ id: "r6b", score: 1 }] }, fallback], true);
  assert.deepEqual(ids(better.ranked), ["r6b"]);
  assert.deepEqual(better.without, []);
});

test("a query with a word on no page shows what the other words find, and names it", async () => {
  const { list } = listOf(SITE);
  // Pagefind matches "paardrijden" to any word starting with "p": few, wrong pages.
  const engines = enginesOf({ "spijbelen paardrijden": [["junk", 5]], spijbelen: [["e", 2], ["f", 1]] });
  const found = await search("spijbelen paardrijden", { list, groups: GROUPS, engines, complete: true, early() {} });
  assert.deepEqual(ids(found.ranked), ["e", "f"]);
  assert.deepEqual(found.without, ["paardrijden"]);
  assert.ok(!found.partial);
});

test("while typing, the pages' index answers and the query as typed is asked once", async () => {
  const { list } = listOf(SITE);
  const engines = enginesOf({ beroepsgeheim: [["r6", 3]] }, { beroepsgeheim: [["praktijk", 1]] });
  const early = [];
  const found = await search("beroepsgeheim", {
    list, groups: GROUPS, engines, complete: false, early: (r) => { early.push(ids(r)); },
  });
  assert.deepEqual(early, [["r6"]]);  // shown before anything else is searched
  assert.deepEqual(engines.asked, ["pages:beroepsgeheim"]);
  assert.deepEqual(ids(found.ranked), ["r6"]);
  assert.equal(found.complete, false);
});

test("while typing, the practices are searched at once when the pages have nothing", async () => {
  const { list } = listOf(SITE);
  const engines = enginesOf({}, { spijbelgedrag: [["praktijk", 1]] });
  const found = await search("spijbelgedrag", { list, groups: GROUPS, engines, complete: false, early() {} });
  assert.deepEqual(engines.asked, ["pages:spijbelgedrag", "pages:spijbelgedrag", "whole:spijbelgedrag"]);
  assert.deepEqual(ids(found.ranked), ["praktijk"]);
  assert.ok(found.complete);
});

test("once typing pauses, every form goes to the whole site, if its words are there", async () => {
  const { list } = listOf(SITE);
  // What Pagefind makes of the typo (any word starting with "h") is not ranked: the
  // correction found something.
  const engines = enginesOf({ hierarchische: [["r6", 2]] }, { hierarchsiche: [["h", 1]] });
  const found = await search("hierarchsiche", { list, groups: GROUPS, engines, complete: true, early() {} });
  // The correction is only on pages: the practices' index is not asked for it.
  assert.deepEqual(engines.asked.sort(), ["pages:hierarchische", "pages:hierarchsiche", "whole:hierarchsiche"]);
  assert.deepEqual(ids(found.ranked), ["r6"]);
  assert.deepEqual(found.unknown, ["hierarchsiche"]);
  assert.ok(!found.partial);
});

test("a query of symbols only looks for nothing", async () => {
  const { list } = listOf(SITE);
  const engines = enginesOf({});
  const found = await search("!!!", { list, groups: GROUPS, engines, complete: true, early() {} });
  assert.deepEqual(found.ranked, []);
  assert.deepEqual(engines.asked, []);
});

test("while typing, the last word waits until it narrows down to a few words", async () => {
  const { list } = listOf(SITE);
  assert.equal(await worthSearching(list, GROUPS, "lee"), false);       // short
  assert.equal(await worthSearching(list, GROUPS, "voo"), false);       // a function word on its way
  assert.equal(await worthSearching(list, GROUPS, "clb"), true);        // a term
  assert.equal(await worthSearching(list, GROUPS, "leer"), false);      // ten words start so
  assert.equal(await worthSearching(list, GROUPS, "leerling"), true);   // a word of its own
  assert.equal(await worthSearching(list, GROUPS, "leerp"), true);      // one word
  assert.equal(await effective(list, GROUPS, "spijbelen lee", false), "spijbelen");
  assert.equal(await effective(list, GROUPS, "spijbelen lee", true), "spijbelen lee");
  // The catalogue searches only whole words while the reader types (or words to correct).
  assert.equal(await effective(list, GROUPS, "spijbelen leerp", false, 0), "spijbelen");
  assert.equal(await effective(list, GROUPS, "spijbelen leerplicht", false, 0), "spijbelen leerplicht");
  assert.equal(await effective(list, GROUPS, "spijbelen leerpx", false, 0), "spijbelen leerpx");
});

test("the page a result leads to marks the words that start like a searched one", () => {
  assert.deepEqual(stems("hierarchische of CLB"), ["hierarchisc", "clb"]);
  const text = "De hiërarchische lijn en het CLB's team.";
  assert.deepEqual(marks(text, stems("hierarchische clb")).map(([a, b]) => text.slice(a, b)),
                   ["hiërarchische", "CLB's"]);
});

// The catalogue: the practices' index alone (searchIn), each query answered from a table.
function practicesIndex(table) {
  const asked = [];
  return { asked, find: async (q) => { asked.push(q); return { results: (table[q] || []).map(([id, score]) => ({ id, score })) }; } };
}

test("the catalogue searches the practices' index for words only practices have, not for words only pages have", async () => {
  const { list } = listOf(SITE);
  const index = practicesIndex({ spijbelgedrag: [["p1", 1]], beroepsgeheim: [["junk", 1]] });
  const found = await searchIn("spijbelgedrag", { list, groups: GROUPS, find: index.find, early() {} });
  assert.deepEqual(ids(found.ranked), ["p1"]);
  // On pages only: Pagefind would answer with whatever practice starts like it.
  const none = await searchIn("beroepsgeheim", { list, groups: GROUPS, find: index.find, early() {} });
  assert.deepEqual(none.ranked, []);
  assert.deepEqual(index.asked, ["spijbelgedrag"]);
});

test("the catalogue shows the query as typed first, then its other forms", async () => {
  const { list } = listOf(SITE);
  const index = practicesIndex({ CLB: [["p1", 2]], "centrum leerlingenbegeleiding": [["p2", 3]] });
  const early = [];
  const found = await searchIn("CLB", { list, groups: [["clb", "centrum voor leerlingenbegeleiding"]],
    find: index.find, early: (r) => { early.push([ids(r), [...index.asked]]); } });
  assert.deepEqual(early, [[["p1"], ["CLB"]]]);  // before the expansion is asked
  assert.deepEqual(index.asked, ["CLB", "centrum leerlingenbegeleiding"]);
  assert.deepEqual(ids(found.ranked).sort(), ["p1", "p2"]);
});

test("the catalogue corrects a typo and leaves out a word no practice has, as the site search does", async () => {
  const { list } = listOf(SITE);
  const index = practicesIndex({ spijbelen: [["p1", 2]], "spijbelem": [["junk", 5]] });
  const typo = await searchIn("spijbelem", { list, groups: GROUPS, find: index.find, early() {} });
  assert.deepEqual(ids(typo.ranked), ["p1"]);
  assert.deepEqual(typo.unknown, ["spijbelem"]);
  const left = await searchIn("spijbelen paardrijden", { list, groups: GROUPS, find: index.find, early() {} });
  assert.deepEqual(ids(left.ranked), ["p1"]);
  assert.deepEqual(left.without, ["paardrijden"]);
});
