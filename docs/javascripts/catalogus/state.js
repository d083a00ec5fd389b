/* The catalogue's state in its address: the words searched for (?q=...) and one value
 * per filter (&opdracht=a&regio=...), so a search can be shared, and opening the address
 * restores it. */
export const QUERY = "q";

// {query, filters: {name: value}} from a URL's search string. `options`: per filter the
// values its field offers ({name: Set}); a value it does not offer is ignored rather than
// guessed.
export function readState(search, options) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const [name, values] of Object.entries(options)) {
    const value = params.get(name);
    if (value && values.has(value)) filters[name] = value;
  }
  return { query: (params.get(QUERY) || "").trim(), filters };
}

// The search string for `state` ("" when there is nothing to say): the words, then the
// filters in the order of `names` (every filter, so that one no longer chosen goes), then
// any other parameter of `search`. One state, one address.
export function writeState(search, state, names) {
  const params = new URLSearchParams();
  if (state.query) params.set(QUERY, state.query);
  for (const name of names) if (state.filters[name]) params.set(name, state.filters[name]);
  for (const [key, value] of new URLSearchParams(search)) {
    if (key !== QUERY && !names.includes(key)) params.append(key, value);
  }
  const query = params.toString();
  return query ? "?" + query : "";
}

export function isEmpty(state) {
  return !state.query && Object.keys(state.filters).length === 0;
}
