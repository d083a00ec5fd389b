/* The catalogue's own word index (macros/catalogue_words.py writes it): a file per two
 * first letters of a stem, each {stem: practices}, the practices as "delta[.weight]"
 * joined by ",", in base 36 (a practice's position in catalogue order, as the difference
 * with the one before; how often it has the word, when more than once).
 * As Pagefind does, a query word finds the stems that start with its own stem, and a
 * practice is found when it has every word of the query. A stem that starts with the
 * word as typed counts too ("school" finds "schoolteam"; its stem, "schol", does not). */

import { key } from "../zoeken/fold.js";

const PLAIN = /^[a-z0-9]$/;
const SATURATION = 1.2;  // as in BM25: the tenth "school" in a practice adds little

function shardName(character) {
  return character && PLAIN.test(character) ? character : "_";
}

// The file of a stem (zoeken/catalogus/woorden/<name>.json).
export function shardOf(stem) {
  return shardName(stem[0]) + shardName(stem[1]);
}

// "3,2.5" -> Map {3 => 1, 5 => 5}
export function decode(encoded) {
  const out = new Map();
  let position = -1;
  for (const entry of encoded.split(",")) {
    const [delta, weight] = entry.split(".");
    position += parseInt(delta, 36);
    out.set(position, weight ? parseInt(weight, 36) : 1);
  }
  return out;
}

// A query word as the index is searched for it: {key, stem} (fold.js key, stem.js).
export function term(key, stem) {
  return { key, stem: stem(key) };
}

// The words of a query, each as term() makes it; symbols alone are no word.
export function termsOf(query, stem) {
  return query.split(/\s+/).map(key).filter(Boolean).map((k) => term(k, stem));
}

// Whether a stem of the index is one that `word` ({key, stem}) finds. A word of one or
// two letters ("de", "ai") finds only itself: as the start of every word in its file it
// would narrow nothing down, and cost the most to rank.
export const MIN_START = 3;

export function finds(word, stem) {
  if (word.key.length < MIN_START) return stem === word.stem || stem === word.key;
  return stem.startsWith(word.stem) || stem.startsWith(word.key);
}

// The practices a word finds in its file (`shard`, the parsed JSON): position -> weight,
// summed over the stems it finds; a longer stem than the word's counts less, as Pagefind
// ranks a word closer in length higher.
export function practicesOf(shard, word) {
  const out = new Map();
  for (const [stem, encoded] of Object.entries(shard)) {
    if (!finds(word, stem)) continue;
    const closeness = Math.min(1, word.stem.length / stem.length);
    for (const [position, weight] of decode(encoded)) {
      out.set(position, (out.get(position) || 0) + weight * closeness);
    }
  }
  return out;
}

// The practices that each map of `perWord` has, best first: [{position, score}]. A word
// few practices have weighs more; `total` is how many practices there are.
export function ranked(perWord, total) {
  if (!perWord.length || perWord.some((found) => !found.size)) return [];
  const rarity = perWord.map((found) => Math.log(1 + total / found.size));
  const [fewest] = [...perWord].sort((a, b) => a.size - b.size);
  const out = [];
  for (const position of fewest.keys()) {
    let score = 0;
    for (let n = 0; n < perWord.length && score >= 0; n++) {
      const weight = perWord[n].get(position);
      score = weight === undefined ? -1
        : score + rarity[n] * weight * (SATURATION + 1) / (weight + SATURATION);
    }
    if (score >= 0) out.push({ position, score });
  }
  return out.sort((a, b) => b.score - a.score || a.position - b.position);
}

// `length` words of `text` where most of those that `marks(word)` are, as
// [{text, marked}]: the excerpt under an entry, drawn as text, never as HTML.
export function excerpt(text, marks, length = 24) {
  const words = text.split(/\s+/).filter(Boolean);
  const hits = words.map((word) => marks(word));
  let best = 0, most = -1, inWindow = 0;
  for (let end = 0; end < words.length; end++) {
    if (hits[end]) inWindow++;
    if (end >= length && hits[end - length]) inWindow--;
    const start = Math.max(0, end - length + 1);
    if (inWindow > most) { most = inWindow; best = start; }
  }
  // From a few words before the first one marked in that window, for context.
  const first = hits.indexOf(true, best);
  if (first >= 0) best = Math.max(0, first - 3);
  const parts = [];
  const add = (text, marked) => {
    const last = parts[parts.length - 1];
    if (last && !last.marked && !marked) last.text += text;
    else parts.push({ text, marked });
  };
  words.slice(best, best + length).forEach((word, n) => {
    if (n) add(" ", false);
    add(word, hits[best + n]);
  });
  return parts;
}
