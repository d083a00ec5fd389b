/* The catalogue's compact index (gegevens/catalogus/filters.json, written by
 * macros/practices_html.catalogue_files): per filter, practice by practice in catalogue
 * order, the indexes of its values. A practice is known by its place in that order, its
 * `position`; zoeken/catalogus.json tells it from Pagefind's id of each (hooks/search_index.py). */

// Per filter "0.3,1,,2": practices separated by ",", the indexes of each one's values in
// base 36 separated by "." -> per practice, per filter, the list of indexes.
function byPractice(columns, size) {
  const split = columns.map((column) => column.split(",").map((own) =>
    own ? own.split(".").map((index) => parseInt(index, 36)) : []));
  return Array.from({ length: size }, (_, position) => split.map((column) => column[position]));
}

export function filterIndex(data) {
  const practices = byPractice(data.praktijken, data.aantal);
  return {
    names: data.namen,
    values: data.waarden,
    practices,
    perFile: data.per_bestand,
    size: practices.length,
    // name -> value -> its index among the name's values
    lookup: Object.fromEntries(data.namen.map((name, n) =>
      [name, new Map(data.waarden[n].map((value, i) => [value, i]))])),
  };
}

// Whether the practice at `position` has every chosen value, filter `skip` aside.
export function matches(index, position, filters, skip = null) {
  const own = index.practices[position];
  // A practice the index does not know (a search index newer than the cached map): left out.
  if (!own) return false;
  return index.names.every((name, n) => {
    if (name === skip || !filters[name]) return true;
    const wanted = index.lookup[name].get(filters[name]);
    return wanted !== undefined && own[n].includes(wanted);
  });
}

function everyPosition(index) {
  return Array.from({ length: index.size }, (_, position) => position);
}

// The positions of `among` (by default every practice, in catalogue order) that match.
export function matching(index, filters, among = everyPosition(index)) {
  return among.filter((position) => matches(index, position, filters));
}

// Per filter: how many of `among` each of its values would leave with the other filters
// kept ({name: {total, values: {value: count}}}); `total` is the option "Alle".
export function counts(index, filters, among = everyPosition(index)) {
  const out = {};
  index.names.forEach((name, n) => {
    const values = {};
    let total = 0;
    for (const position of among) {
      if (!matches(index, position, filters, name)) continue;
      total += 1;
      for (const i of index.practices[position][n]) {
        const value = index.values[n][i];
        values[value] = (values[value] || 0) + 1;
      }
    }
    out[name] = { total, values };
  });
  return out;
}

// The list file (gegevens/catalogus/lijst-<file>.json) that holds the practice at
// `position`, and its place in it.
export function listPlace(index, position) {
  return { file: Math.floor(position / index.perFile), at: position % index.perFile };
}

// Pagefind's id -> position, from zoeken/catalogus.json: in catalogue order, the start
// of each practice's id (after "nl_") that no other practice's id has
// (hooks/search_index.py shortest_prefixes). The longest start that is known wins: where
// Pagefind lengthened a hash that collided, one id is the start of another. `get(id)` is
// undefined for an id with none.
export function positionsOf(prefixes) {
  const byPrefix = new Map(prefixes.map((prefix, position) => [prefix, position]));
  return { get: (id) => longestStart(byPrefix, id) };
}

// The practices that have one filter value, from zoeken/catalogus/<filter>/<value>.json
// (hooks/search_index.py value_lists): the starts of their ids, as in the map, and with
// "!" the start of an id that begins like one of them but lacks the value. `has(id)`.
export function membersOf(entries) {
  const byPrefix = new Map(entries.map((entry) =>
    entry.startsWith("!") ? [entry.slice(1), false] : [entry, true]));
  return { has: (id) => longestStart(byPrefix, id) === true };
}

// What `byPrefix` holds for the longest start of the id's hash (after "nl_") it knows.
function longestStart(byPrefix, id) {
  const hash = id.slice(id.indexOf("_") + 1);
  for (let length = hash.length; length > 0; length--) {
    const found = byPrefix.get(hash.slice(0, length));
    if (found !== undefined) return found;
  }
  return undefined;
}
