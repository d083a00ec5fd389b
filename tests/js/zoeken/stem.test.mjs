// The stemmer gives what Snowball's Dutch (Porter) stemmer gives, as Pagefind stems the site.
// stem-cases.json: the site's words and edge cases, stemmed by Python's snowballstemmer 'dutch_porter'.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { stem } from "../../../docs/javascripts/zoeken/stem.js";

const CASES = JSON.parse(fs.readFileSync(new URL("./stem-cases.json", import.meta.url), "utf8"));

test("every word in stem-cases.json gets snowballstemmer's stem", () => {
  const words = Object.keys(CASES);
  assert.ok(words.length > 1000, `only ${words.length} cases`);
  const wrong = words.filter((w) => stem(w) !== CASES[w]);
  const shown = wrong.slice(0, 20).map((w) => `  ${w}: got ${stem(w)}, expected ${CASES[w]}`);
  assert.equal(wrong.length, 0, `${wrong.length} of ${words.length} mismatches:\n${shown.join("\n")}`);
});

test("plural, singular and derived forms share a stem", () => {
  assert.equal(stem("scholen"), "schol");
  assert.equal(stem("school"), "schol");
  assert.equal(stem("leerlingen"), "leerling");
  assert.equal(stem("samenwerking"), "samenwerk");
  assert.equal(stem("mogelijkheden"), "mogelijk");
});
