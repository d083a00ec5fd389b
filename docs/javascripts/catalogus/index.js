/* The catalogue's compact index (gegevens/catalogus/filters.json, written by
 * macros/practices_html.catalogue_files): per practice, in catalogue order, the index of
 * each of its filter values. A practice is known by its place in that order, its
 * `position`; zoeken/catalogus.json gives Pagefind's id of each (hooks/search_index.py). */

export function filterIndex(data) {
  return {
    names: data.namen,
    values: data.waarden,
    practices: data.praktijken,
    perFile: data.per_bestand,
    size: data.praktijken.length,
    // name -> value -> its index among the name's values
    lookup: Object.fromEntries(data.namen.map((name, n) =>
      [name, new Map(data.waarden[n].map((value, i) => [value, i]))])),
  };
}

// Whether the practice at `position` has every chosen value, filter `skip` aside.
export function matches(index, position, filters, skip = null) {
  const own = index.practices[position];
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

// Pagefind's id -> position, from zoeken/catalogus.json (the ids in catalogue order).
export function positionsOf(ids) {
  return new Map(ids.map((id, position) => [id, position]));
}
