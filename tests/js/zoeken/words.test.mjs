// Folding, the words of a query, the word list and the distance between words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fold, key } from "../../../docs/javascripts/zoeken/fold.js";
import { replaced, searchable, words } from "../../../docs/javascripts/zoeken/query.js";
import { distance } from "../../../docs/javascripts/zoeken/distance.js";
import { findExact, findPrefix, known, lowerBound, NOT_ON_SITE, ON_SITE, shardName, WITH_SYMBOL }
  from "../../../docs/javascripts/zoeken/wordlist.js";
import { listOf } from "./helpers.mjs";

test("a word is looked up folded and without symbols, as macros/search_terms.word_key", () => {
  assert.equal(fold("Zorgcontinuüm"), "zorgcontinuum");
  assert.equal(fold("hiërarchische officiële"), "hierarchische officiele");
  assert.equal(key("CLBch@t"), "clbchat");
  assert.equal(key("SID-in"), "sidin");
  assert.equal(key("CLB's"), "clbs");
  assert.equal(key("MLER_136"), "mler136");
  assert.equal(key("ĳs"), "ijs");  // the ligature as two letters
});

test("a query's words leave out what is only symbols; function words are not searched", () => {
  assert.deepEqual(words("  spijbelen  !!! op school "), ["spijbelen", "op", "school"]);
  assert.equal(replaced(["zorg", "continuum", "school"], 0, 2, "zorgcontinuüm"), "zorgcontinuüm school");
  assert.equal(searchable("continuum van zorg"), "continuum zorg");
  assert.equal(searchable("van de"), "van de");  // nothing else: searched as it is
});

test("the word list is searched in its sorted files", () => {
  const entries = [["clb", 1, 1], ["clbchat", 1, 1, "clbch@t"], ["clbs", 2, 0]];
  assert.equal(lowerBound(entries, "clbc"), 1);
  assert.equal(findExact(entries, "clbc"), null);
  assert.deepEqual(findPrefix(entries, "clbc"), entries[1]);
  assert.equal(findPrefix(entries, "clbz"), null);
  assert.equal(shardName("a"), "a");
  assert.equal(shardName("é"), "_");
});

test("a typed word is on the site, written there with a symbol, or not on it", async () => {
  const { list, loaded } = listOf({ clbchat: [1, 1, "clbch@t"], leerlingen: [9, 9] });
  assert.equal(await known(list, "leerling"), ON_SITE);     // the start of a word
  assert.equal(await known(list, "clbchat"), WITH_SYMBOL);
  assert.equal(await known(list, "clbch@t"), ON_SITE);      // as the site writes it
  assert.equal(await known(list, "leerkracht"), NOT_ON_SITE);
  assert.equal(await known(list, "xy"), ON_SITE);           // too short to tell
  assert.deepEqual(loaded, ["v-l", "v-c"]);                  // each file fetched once
});

test("distance counts a letter wrong, missing, extra or two swapped as one edit", () => {
  assert.equal(distance("spijbelem", "spijbelen", 2), 1);
  assert.equal(distance("huisonderwjis", "huisonderwijs", 2), 1);
  assert.equal(distance("beroepsgeheimm", "beroepsgeheim", 2), 1);
  assert.equal(distance("draaischijfunctie", "draaischijffunctie", 2), 1);
  assert.equal(distance("abc", "abc", 1), 0);
  assert.equal(distance("samenwerkingsafsprakkenn", "samenwerkingsafspraken", 1), 2);  // over the limit
  assert.equal(distance("kort", "langer woord", 2), 3);
});
