// Compound heads: a typed word the site has only at the end of compounds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { headForms, headWords } from "../../../docs/javascripts/zoeken/compounds.js";
import { plan } from "../../../docs/javascripts/zoeken/forms.js";
import { searchIn } from "../../../docs/javascripts/zoeken/search.js";
import { listOf } from "./helpers.mjs";

const SITE = {
  schooluitval: [1, 3], uit: [40, 40], valt: [5, 2], vallen: [3, 0], leerlingendossier: [1, 0],
  zorgdossier: [4, 0], dossiers: [1, 0], kansarmoede: [2, 3], armoedig: [1, 0],
  beleidsdossier: [2, 0], werkdossier: [0, 0], groepsdossier: [2, 1], clbchat: [1, 1, "clbch@t"],
};

test("the words that end in a typed word, most used first and at most three", async () => {
  const { list, loaded } = listOf(SITE);
  assert.deepEqual((await headWords(list, "dossier")).map((h) => h.key),
                   ["zorgdossier", "groepsdossier", "beleidsdossier"]);
  assert.deepEqual(loaded, ["e-r"]);
  assert.deepEqual((await headWords(list, "uitval")).map((h) => h.key), ["schooluitval"]);
});

test("an ending too short, or a word with too little before it, is no head", async () => {
  const { list } = listOf({ ...SITE, raad: [1, 0], schoolraad: [2, 0], aarmoede: [1, 0] });
  assert.deepEqual(await headWords(list, "raad"), []);  // four letters: too many words end so
  assert.deepEqual((await headWords(list, "armoede")).map((h) => h.key), ["kansarmoede"]);
});

test("the head is replaced by the compound in the query, written as the site writes it", async () => {
  const { list } = listOf({ ...SITE, "clbchatdossier": [9, 0, "clbch@tdossier"] });
  assert.deepEqual(await headForms(list, ["multidisciplinair", "Uitval"], 1), ["multidisciplinair schooluitval"]);
  assert.ok((await headForms(list, ["dossier"], 0)).includes("clbch@tdossier"));
});

test("a typed word that only ends compounds is searched as those, not split after a function word", async () => {
  const { list } = listOf(SITE);
  const queries = (await plan("uitval", list, [])).forms.map((f) => f.query);
  assert.ok(queries.includes("schooluitval"), queries.join(", "));
  assert.ok(!queries.includes("val") && !queries.includes("uit val"), queries.join(", "));
  // Where the compound is, so the catalogue asks the practices' index for it.
  const form = (await plan("uitval", list, [])).forms.find((f) => f.query === "schooluitval");
  assert.deepEqual(form.where, { pages: true, practices: true });
});

test("while the reader types, a word is not yet looked for as the end of compounds", async () => {
  const { list, loaded } = listOf(SITE);
  const queries = (await plan("uitval", list, [], false)).forms.map((f) => f.query);
  assert.ok(!queries.includes("schooluitval"), queries.join(", "));
  assert.ok(!loaded.some((name) => name.startsWith("e-")), loaded.join(", "));
});

test("an answer while typing is complete only when no word waits to be looked up as an end", async () => {
  const { list } = listOf(SITE);
  const find = async () => ({ results: [] });
  const early = async () => {};
  const typing = await searchIn("uitval", { list, groups: [], find, early, complete: false });
  assert.equal(typing.complete, false);
  assert.equal((await searchIn("uitval", { list, groups: [], find, early })).complete, true);
  assert.equal((await searchIn("schooluitval", { list, groups: [], find, early, complete: false })).complete, true);
});
