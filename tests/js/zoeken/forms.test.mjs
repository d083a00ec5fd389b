// What is searched for a query: its forms, from the site's word list and term variants.
import { test } from "node:test";
import assert from "node:assert/strict";
import { corrections, nearWords, suggestions } from "../../../docs/javascripts/zoeken/corrections.js";
import { isTerm, termForms } from "../../../docs/javascripts/zoeken/terms.js";
import { joinedForms, splitForms } from "../../../docs/javascripts/zoeken/compounds.js";
import { symbolForm } from "../../../docs/javascripts/zoeken/names.js";
import { presence } from "../../../docs/javascripts/zoeken/presence.js";
import { plan, WEIGHT } from "../../../docs/javascripts/zoeken/forms.js";
import { inPractices, only } from "../../../docs/javascripts/zoeken/wordlist.js";
import { listOf } from "./helpers.mjs";

// Words as on the site: [pages, practices] or [pages, practices, form with a symbol].
const SITE = {
  beroepsgeheim: [5, 0], cel: [3, 0], clb: [20, 40], clbchat: [1, 1, "clbch@t"],
  continuum: [1, 0], draaischijffunctie: [1, 0], hierarchische: [1, 0], leerlingen: [9, 9],
  leerlingenbegeleiding: [8, 2], lijn: [2, 1], spijbelen: [2, 1], spijbelgedrag: [0, 1],
  zorgcontinuum: [3, 0], sidin: [0, 1, "sid-in"], beurs: [0, 1], school: [20, 30],
};
const GROUPS = [["clb", "centrum voor leerlingenbegeleiding"], ["moc", "multidisciplinair overleg"]];

test("a word of five letters or more that is not on the site is corrected by one edit", async () => {
  const { list } = listOf(SITE);
  assert.deepEqual(await corrections(list, ["hierarchsiche"], 0), ["hierarchische"]);
  assert.deepEqual(await corrections(list, ["spijbelem", "school"], 0), ["spijbelen school"]);
  assert.deepEqual(await corrections(list, ["lijm"], 0), []);  // too short: too many neighbours
});

test("a typo in the first letter is looked for only when the first letter has nothing", async () => {
  const { list, loaded } = listOf(SITE);
  const found = await nearWords(list, "xpijbelen", 1);
  assert.deepEqual(found.map((f) => f.entry[0]), ["spijbelen"]);
  assert.deepEqual(loaded, ["v-x", "v-p", "t-x", "t-p"]);
  const { list: other, loaded: again } = listOf(SITE);
  await nearWords(other, "spijbelem", 1);
  assert.deepEqual(again, ["v-s"]);
  // A short word: another first letter makes another word, not a typo.
  const { list: short } = listOf({ ...SITE, kan: [30, 10] });
  assert.deepEqual(await nearWords(short, "okan", 1), []);
  assert.deepEqual(await suggestions(short, ["okan"]), []);
  assert.deepEqual((await nearWords(short, "xkan", 1)), []);
  assert.deepEqual((await nearWords(short, "kam", 1)).map((f) => f.entry[0]), ["kan"]);
  // The first letter is then the one edit, even where a long word may have two.
  const { list: long } = listOf({ ...SITE, losser: [2, 0], dossiers: [1, 0] });
  assert.deepEqual(await suggestions(long, ["dossier"]), [{ word: "dossier", by: "dossiers" }]);
  const { list: noSameStart } = listOf({ ...SITE, losser: [2, 0] });
  assert.deepEqual(await suggestions(noSameStart, ["dossier"]), []);
  assert.deepEqual(await suggestions(noSameStart, ["rosser"]), [{ word: "rosser", by: "losser" }]);
});

test("the catalogue's 'Bedoelde je' offers only words that practices have", async () => {
  // "leerlijnen" is on pages only; "leerlijn" on practices too.
  const { list } = listOf({ leerlijnen: [4, 0], leerlijn: [1, 2], leerplicht: [3, 0] });
  const practices = only(list, inPractices);
  assert.deepEqual(await suggestions(list, ["leerlijnem"]),
                   [{ word: "leerlijnem", by: "leerlijnen" }, { word: "leerlijnem", by: "leerlijn" }]);
  assert.deepEqual(await suggestions(practices, ["leerlijnem"]), [{ word: "leerlijnem", by: "leerlijn" }]);
  assert.deepEqual(await suggestions(practices, ["leerplichy"]), []);
});

test("'Bedoelde je' suggests two edits away only in a long word", async () => {
  const { list } = listOf(SITE);
  assert.deepEqual(await suggestions(list, ["beroepsgeheiim", "clbb"]),
                   [{ word: "beroepsgeheiim", by: "beroepsgeheim" }, { word: "clbb", by: "clb" }]);
  assert.deepEqual(await suggestions(list, ["spijbellenn"]), [{ word: "spijbellenn", by: "spijbelen" }]);
  assert.deepEqual(await suggestions(list, ["lijnnn"]), []);  // short: one edit only
});

test("an abbreviation is searched for its expansion and back", () => {
  assert.deepEqual(termForms(["CLB", "school"], GROUPS), ["centrum voor leerlingenbegeleiding school"]);
  assert.deepEqual(termForms(["Multidisciplinair", "overleg"], GROUPS), ["moc"]);
  assert.deepEqual(termForms(["school"], GROUPS), []);
  assert.ok(isTerm(GROUPS, "moc"));
  assert.ok(!isTerm(GROUPS, "mo"));
});

test("two words the site joins are searched joined, one it splits is searched split", async () => {
  const { list } = listOf(SITE);
  assert.deepEqual(await joinedForms(list, ["de", "zorg", "continuum"]),
                   [{ query: "de zorgcontinuum", from: 1, to: 3 }]);
  assert.deepEqual(await joinedForms(list, ["de", "school"]), []);
  assert.deepEqual(await splitForms(list, ["celleerlingenbegeleiding"], 0), ["cel leerlingenbegeleiding"]);
  assert.deepEqual(await splitForms(list, ["leerlingen"], 0), []);  // on the site as it is
});

test("a name typed without its symbol is searched as the site writes it", async () => {
  const { list } = listOf(SITE);
  assert.equal(await symbolForm(list, ["clbchat"], 0), "clbch@t");
  assert.equal(await symbolForm(list, ["sidin", "beurs"], 0), "sid-in beurs");
  assert.equal(await symbolForm(list, ["school"], 0), null);
});

test("a query goes only to an index that has all its words, give or take an ending", async () => {
  const { list } = listOf(SITE);
  assert.deepEqual(await presence(list, "hierarchische"), { pages: true, practices: false });
  assert.deepEqual(await presence(list, "spijbelgedrag"), { pages: false, practices: true });
  assert.deepEqual(await presence(list, "hierarchische lijn"), { pages: true, practices: false });
  assert.deepEqual(await presence(list, "leerlingens"), { pages: true, practices: true });  // an ending
  assert.deepEqual(await presence(list, "xqzvwk"), { pages: true, practices: true });  // decides nothing
});

test("the forms of a query: as typed first, then other spellings, then corrections", async () => {
  const { list } = listOf(SITE);
  const exact = await plan("beroepsgeheim", list, GROUPS);
  assert.deepEqual(exact.forms.map((f) => [f.query, f.weight]), [["beroepsgeheim", WEIGHT.typed]]);
  assert.ok(exact.exact);
  assert.deepEqual(exact.unknown, []);

  const typo = await plan("hierarchsiche", list, Promise.resolve(GROUPS));
  assert.deepEqual(typo.forms.map((f) => [f.query, f.weight]),
                   [["hierarchsiche", WEIGHT.typedUnknown], ["hierarchische", WEIGHT.corrected]]);
  assert.deepEqual(typo.unknown, ["hierarchsiche"]);
  assert.deepEqual(typo.forms[1].where, { pages: true, practices: false });

  const name = await plan("clbchat", list, GROUPS);
  assert.deepEqual(name.forms.map((f) => [f.query, f.weight]),
                   [["clbchat", WEIGHT.typedUnknown], ["clbch@t", WEIGHT.typed]]);
  assert.ok(!name.exact);

  const term = await plan("het CLB", list, GROUPS);  // the function word is not searched
  assert.deepEqual(term.forms.map((f) => f.query), ["CLB", "centrum leerlingenbegeleiding"]);
});

test("a word on no page that nothing places is left out, and the rest searched in its forms", async () => {
  const { list } = listOf(SITE);
  const left = await plan("beroepsgeheim xyzzy", list, GROUPS);
  assert.deepEqual(left.forms.map((f) => [f.query, f.weight]),
                   [["beroepsgeheim xyzzy", WEIGHT.typedUnknown], ["beroepsgeheim", WEIGHT.typed]]);
  assert.deepEqual(left.without, ["xyzzy"]);
  assert.deepEqual(left.unknown, ["xyzzy"]);
  // Without the word, the two others are the compound the site writes.
  const joined = await plan("zorg xyzzy continuum", list, GROUPS);
  assert.deepEqual(joined.forms.map((f) => f.query), ["zorg xyzzy continuum", "zorg continuum", "zorgcontinuum"]);
  // A word with a correction is not left out; the query without it is the last resort.
  const fixed = await plan("beroepsgeheim hierarchsiche", list, GROUPS);
  assert.deepEqual(fixed.without, []);
  assert.deepEqual(fixed.forms.map((f) => [f.query, !!f.fallback]),
                   [["beroepsgeheim hierarchsiche", false], ["beroepsgeheim hierarchische", false],
                    ["beroepsgeheim", true]]);
  // Nothing left but function words, or nothing at all: nothing is left out.
  for (const query of ["xyzzy van de", "xyzzy"]) {
    const alone = await plan(query, list, GROUPS);
    assert.deepEqual(alone.without, [], query);
    assert.equal(alone.forms.length, 1, query);
  }
});
