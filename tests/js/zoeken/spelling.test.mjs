// Dutch spellings (spelling.js): each rule both ways, and what the site has of them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ENDING, MIN_LENGTH, respellings, spellings } from "../../../docs/javascripts/zoeken/spelling.js";
import { suggestions } from "../../../docs/javascripts/zoeken/corrections.js";
import { plan, WEIGHT } from "../../../docs/javascripts/zoeken/forms.js";
import { listOf } from "./helpers.mjs";

// [typed, what the site writes]: each rule, and its way back.
const BOTH_WAYS = {
  "ij and y": [["byzonder", "bijzonder"], ["analijse", "analyse"]],
  "ij and ei": [["aanweizen", "aanwijzen"], ["aanwezighijd", "aanwezigheid"]],
  "ei and y": [["aangerykt", "aangereikt"], ["aangereikt", "aangerykt"]],
  "au and ou": [["auders", "ouders"], ["ouders", "auders"]],
  "c and k": [["kontakt", "contact"], ["contact", "kontakt"], ["klbs", "clbs"]],
  "ph and f": [["physiek", "fysiek"], ["fysiek", "physiek"]],
  "qu and kw": [["qualiteitszorg", "kwaliteitszorg"], ["kwestie", "questie"]],
  "x and ks": [["kontekst", "context"], ["complex", "compleks"]],
  "-isch and -ies": [["praktiese", "praktische"], ["psychies", "psychisch"], ["logisch", "logies"]],
  "cht and gt": [["leerpligt", "leerplicht"], ["rigtlijnen", "richtlijnen"], ["verplicht", "verpligt"]],
};

for (const [rule, pairs] of Object.entries(BOTH_WAYS)) {
  test(`typed with ${rule}, a word is looked for as written the other way`, () => {
    for (const [typed, site] of pairs) assert.ok(respellings(typed).includes(site), `${typed} -> ${site}`);
  });
}

test("where a letter sounds otherwise, it is not respelled", () => {
  assert.ok(!respellings("cel").includes("kel"));            // c before e sounds as s
  assert.ok(!respellings("school").some((k) => k.includes("skh") || k.includes("kh")));  // ch
  assert.ok(!respellings("kerk").includes("cerk"));          // k before e
  assert.ok(!respellings("draaiesijf").includes("draaischijf"));  // -ies only at the end
  assert.ok(!respellings("spijbelen").includes("spijbelen"));  // never the word itself
});

// Words as on the site: [pages, practices] or [pages, practices, form with a symbol].
const SITE = {
  bijzondere: [2, 0], bijzonderheden: [1, 0], analyse: [1, 0], leerplicht: [2, 0],
  kwaliteitszorg: [2, 0], contact: [6, 2], contactpersoon: [4, 0], clbs: [3, 5, "clb's"],
  fysieke: [1, 0], beroepsgeheim: [5, 0],
};

test("a respelling counts when the site has it, give or take a Dutch ending", async () => {
  const { list } = listOf(SITE);
  assert.deepEqual(await spellings(list, "byzonder"), [{ key: "bijzonder", by: "bijzonder" }]);
  assert.deepEqual(await spellings(list, "byzonderheden"), [{ key: "bijzonderheden", by: "bijzonderheden" }]);
  assert.deepEqual(await spellings(list, "byzond"), []);  // bijzondere is more than an ending further
  assert.equal(ENDING, 2);
  assert.deepEqual(await spellings(list, "klbs"), [{ key: "clbs", by: "clb's" }]);  // as the site writes it
  assert.deepEqual(await spellings(list, "kontakt"), [{ key: "contact", by: "contact" }]);
  assert.deepEqual(await spellings(list, "fijsieke"), [{ key: "fysieke", by: "fysieke" }]);
  assert.deepEqual(await spellings(list, "kyk"), []);  // shorter than MIN_LENGTH
  assert.equal(MIN_LENGTH, 4);
});

test("a word typed in another Dutch spelling is searched as the site writes it, and suggested", async () => {
  const { list } = listOf(SITE);
  const p = await plan("leerpligt", list, []);
  assert.deepEqual(p.forms.map((f) => [f.query, f.weight]),
                   [["leerpligt", WEIGHT.typedUnknown], ["leerplicht", WEIGHT.spelling]]);
  assert.deepEqual(p.without, []);  // placed: not left out
  assert.deepEqual(await suggestions(list, ["analijse"]), [{ word: "analijse", by: "analyse" }]);
});
