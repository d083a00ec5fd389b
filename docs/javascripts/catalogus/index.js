/* The catalogue's compact index (gegevens/catalogus/filters.json, written by
 * macros/practices_html.catalogue_files): per filter, practice by practice in catalogue
 * order, the indexes of its values. A practice is known by its place in that order, its
 * `position`, as the catalogue's word index knows it too (catalogus/words.js). */

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
// `position`, and its place in it; `perFile`: practices a file.
export function listPlace(perFile, position) {
  return { file: Math.floor(position / perFile), at: position % perFile };
}
