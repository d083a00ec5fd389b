// Measures candidate Dutch spelling rules for the search (docs/javascripts/zoeken/spelling.js):
// per rule, how many of a built site's words it makes reachable that a reader cannot reach
// today (typed in that spelling, the word is not found by one typo away), and how many
// false matches it adds: words of a Dutch dictionary that are not on the site, which the
// rule maps onto a word that is. A measurement to choose the rules, not a test.
//
//   node scripts/spelling_rules.mjs SITE [DICTIONARY]
//
// SITE: a built site (its zoeken/woorden/); DICTIONARY: one word a line, by default
// /usr/share/dict/dutch (Debian's package wdutch, the OpenTaal list).
import { readdirSync, readFileSync } from "node:fs";
import { key } from "../docs/javascripts/zoeken/fold.js";
import { distance } from "../docs/javascripts/zoeken/distance.js";
import { ENDING, MIN_LENGTH, respellings, RULES } from "../docs/javascripts/zoeken/spelling.js";

const [site, dictionary = "/usr/share/dict/dutch"] = process.argv.slice(2);
if (!site) {
  console.error("Gebruik: node scripts/spelling_rules.mjs SITE [WOORDENLIJST]");
  process.exit(2);
}

// Rules tried, kept or not: [what is typed, what the site may write instead].
const CANDIDATES = {
  "ij / y": [["ij", "y"], ["y", "ij"]],
  "ij / ei": [["ij", "ei"], ["ei", "ij"]],
  "ei / y": [["ei", "y"], ["y", "ei"]],
  "au / ou": [["au", "ou"], ["ou", "au"]],
  "c / k": [["c(?![eihy])", "k"], ["k(?![eiy])", "c"]],
  "ph / f": [["ph", "f"], ["f", "ph"]],
  "qu / kw": [["qu", "kw"], ["kw", "qu"]],
  "x / ks": [["x", "ks"], ["ks", "x"]],
  "-isch / -ies": [["ies(?=e?$)", "isch"], ["isch(?=e?$)", "ies"]],
  "cht / gt": [["cht", "gt"], ["gt", "cht"]],
  "dt / d / t (end)": [["dt$", "d"], ["dt$", "t"], ["d$", "dt"], ["t$", "dt"], ["(?<!d)d$", "t"], ["(?<!d)t$", "d"]],
  "ue / ü": [["ue", "u"], ["u", "ue"]],
  "oe / ö": [["oe", "o"], ["o", "oe"]],
  "ae / ä": [["ae", "a"], ["a", "ae"]],
  "c / s": [["c(?=[eiy])", "s"], ["s(?=[eiy])", "c"]],
  "th / t": [["th", "t"], ["t(?!h)", "th"]],
  "ch / g": [["(?<!s)ch", "g"], ["g", "ch"]],
  "aa / a": [["aa", "a"], ["(?<!a)a(?!a)", "aa"]],
  "ee / e": [["ee", "e"], ["(?<!e)e(?!e)", "ee"]],
  "oo / o": [["oo", "o"], ["(?<!o)o(?!o)", "oo"]],
  "ie / i": [["ie", "i"], ["i(?!e)", "ie"]],
  "s / z (start)": [["^s", "z"], ["^z", "s"]],
  "f / v (start)": [["^f", "v"], ["^v", "f"]],
  "ou / ouw": [["ouw", "ou"], ["ou(?!w)", "ouw"]],
  "sj / ch": [["sj", "ch"], ["ch", "sj"]],
  "kept, together": RULES,
};

const folder = `${site}/zoeken/woorden`;
const entries = readdirSync(folder).filter((f) => f.startsWith("v-"))
  .flatMap((f) => JSON.parse(readFileSync(`${folder}/${f}`, "utf8")));
const keys = entries.map((e) => e[0]).sort();
const uses = new Map(entries.map((e) => [e[0], e[1] + e[2]]));
function lowerBound(k) {
  let lo = 0, hi = keys.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (keys[mid] < k) lo = mid + 1; else hi = mid; }
  return lo;
}
// As wordlist.known: a typed word is on the site when a site word starts with it.
const onSite = (k) => (keys[lowerBound(k)] || "").startsWith(k);
// As spelling.spellings: a respelling counts when the site has it, give or take an ending.
function fits(k) {
  for (let at = lowerBound(k); at < keys.length && keys[at].startsWith(k); at++) {
    if (keys[at].length - k.length <= ENDING) return true;
  }
  return false;
}
// As corrections.js: found today when five letters or more and among the three most used
// words one edit away (first letter alike, else any).
function foundToday(typed, word) {
  if (typed.length < 5) return false;
  const near = (ks) => ks.filter((k) => Math.abs(k.length - typed.length) <= 1 && distance(typed, k, 1) === 1);
  let found = near(keys.filter((k) => k[0] === typed[0]));
  if (!found.length) found = near(keys.filter((k) => k[0] === typed[1] || k[1] === typed[0] || k[1] === typed[1]));
  return found.sort((a, b) => uses.get(b) - uses.get(a)).slice(0, 3).includes(word);
}
const dictionaryWords = [...new Set(readFileSync(dictionary, "utf8").split("\n").map(key))]
  .filter((d) => d.length >= MIN_LENGTH && /^[a-z]+$/.test(d) && !onSite(d));

console.log(`${site}: ${keys.length} woorden; ${dictionaryWords.length} woorden uit ${dictionary} ` +
            `(${MIN_LENGTH} letters of meer) staan niet op de site.`);
console.log("regel".padEnd(18) + "nieuw bereikt  al bereikt  vals  voorbeelden (getypt->site; vals)");
for (const [name, rules] of Object.entries(CANDIDATES)) {
  // A rule alone at one place; the kept rules together as the search applies them.
  const depth = rules === RULES ? 2 : 1;
  const reached = new Set(), already = new Set(), examples = [];
  for (const word of keys) {
    for (const typed of respellings(word, rules, depth)) {
      if (typed.length < MIN_LENGTH || onSite(typed)) continue;
      if (foundToday(typed, word)) { already.add(word); continue; }
      if (!reached.has(word) && examples.length < 3) examples.push(`${typed}->${word}`);
      reached.add(word);
    }
  }
  const falses = dictionaryWords.flatMap((d) => {
    const to = respellings(d, rules, depth).find(fits);
    return to ? [`${d}->${to}`] : [];
  });
  console.log(name.padEnd(18) + String(reached.size).padStart(13) + String(already.size).padStart(12) +
              String(falses.length).padStart(6) + "  " + [...examples, ...falses.slice(0, 2)].join(" "));
}
let typos = 0;
for (const d of dictionaryWords) {
  if (d.length >= 5 && keys.some((k) => k[0] === d[0] && Math.abs(k.length - d.length) <= 1 && distance(d, k, 1) === 1)) typos++;
}
console.log(`Ter vergelijking: één letter fout (corrections.js) brengt ${typos} van die woorden bij een ander woord van de site.`);
