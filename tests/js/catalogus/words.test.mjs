// The catalogue's own word index (catalogus/words.js): what a word finds, how the
// practices are ranked, and the excerpt under an entry.
import { test } from "node:test";
import assert from "node:assert/strict";
import { decode, excerpt, finds, practicesOf, ranked, shardOf, term } from "../../../docs/javascripts/catalogus/words.js";
import { stem } from "../../../docs/javascripts/zoeken/stem.js";

const word = (key) => term(key, stem);

test("a stem's file is named by its first two letters", () => {
  assert.equal(shardOf("schol"), "sc");
  assert.equal(shardOf("a"), "a_");
  assert.equal(shardOf("\u00f8ya"), "_y");
});

test("the practices of a stem are read back with their weights", () => {
  assert.deepEqual([...decode("3,2.5,a")], [[2, 1], [4, 5], [14, 1]]);
});

test("a word finds the stems that start with its stem or with itself", () => {
  const school = word("school");  // stem "schol", as "scholen"
  assert.ok(finds(school, "schol"));
  assert.ok(finds(school, "scholier"));
  assert.ok(finds(school, "schoolteam"));
  assert.ok(!finds(school, "schaal"));
  assert.ok(finds(word("leerlingen"), "leerlingbegeleid"));
  // One or two letters find only themselves, not every word that starts with them.
  assert.ok(finds(word("a"), "a"));
  assert.ok(!finds(word("a"), "aanpak"));
  assert.ok(finds(word("de"), "de"));
  assert.ok(!finds(word("de"), "deel"));
  assert.ok(finds(word("clb"), "clbchat"));
});

test("a practice is found only with every word, the rarer word weighing more", () => {
  const shard = { schol: "1,2.3,1", spijbel: "3" };  // positions 0, 2 (3 times), 3; and 2
  const school = practicesOf(shard, word("scholen"));
  assert.deepEqual([...school.keys()], [0, 2, 3]);
  assert.equal(school.get(2), 3);
  const both = ranked([school, practicesOf(shard, word("spijbelen"))], 100);
  assert.deepEqual(both.map((r) => r.position), [2]);
  // More often ranks higher; a longer stem than the word's counts less.
  const more = practicesOf({ schol: "1,2.3", scholier: "4.3" }, word("school"));
  assert.deepEqual(ranked([more], 100).map((r) => r.position), [2, 3, 0]);
  assert.ok(more.get(3) < more.get(2));
  // A word no practice has: nothing, whatever the other words find.
  assert.deepEqual(ranked([school, new Map()], 100), []);
  assert.deepEqual(ranked([], 100), []);
});

test("the excerpt shows the words around what was found, marked, as text", () => {
  const text = Array.from({ length: 60 }, (_, n) => "w" + n).join(" ").replace("w40", "<b>spijbelen</b>");
  const marks = (w) => w.includes("spijbel");
  const parts = excerpt(text, marks, 10);
  assert.deepEqual(parts, [
    { text: "w37 w38 w39 ", marked: false },
    { text: "<b>spijbelen</b>", marked: true },
    { text: " w41 w42 w43 w44 w45 w46", marked: false },
  ]);
  // Nothing marked: the text's start.
  assert.deepEqual(excerpt("een twee drie", () => false, 2), [{ text: "een twee", marked: false }]);
});
