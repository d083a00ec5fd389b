/* What the catalogue says about its list: the counter (role="status": a screen reader
 * hears it), the message when nothing is left, the button for more. */

const quoted = (text) => "\u201c" + text + "\u201d";

// `count` of `total` practices shown for the state; `without`: words of the query that
// no practice has and that were left out (zoeken/forms.js).
export function counterText({ count, total, without = [] }) {
  const found = count + " van " + total + " goede praktijken";
  if (!without.length || !count) return found;
  const one = without.length === 1;
  return "Geen praktijken met " + without.map(quoted).join(" en ") + "; dit zijn de " +
    found + (one ? " zonder dat woord" : " zonder die woorden");
}

export function emptyText({ query, filtering }) {
  if (!query) return "Geen enkele praktijk past bij deze keuze. Wis een of meer filters.";
  if (!filtering) return "Geen enkele praktijk past bij " + quoted(query) + ". Probeer een ander woord.";
  return "Geen enkele praktijk past bij " + quoted(query) + " met deze filters. " +
    "Wis een of meer filters of probeer een ander woord.";
}

// What a list was chosen by, for paper, where the form is not: `query` and `chosen`,
// [[filter's label, value's label]] ("" when nothing is chosen).
export function choiceText(query, chosen) {
  const parts = (query ? ["zoekwoorden " + quoted(query)] : [])
    .concat(chosen.map(([label, value]) => label + ": " + value));
  return parts.length ? "Gekozen: " + parts.join("; ") + "." : "";
}

// The button under a list that shows `batch` more of the `left` not shown yet.
export function moreText(left, batch) {
  return left <= batch ? "Toon de laatste " + (left === 1 ? "praktijk" : left + " praktijken")
    : "Toon " + batch + " praktijken meer (nog " + left + ")";
}

// An option of a filter with the number of practices it would leave.
export function optionText(label, count) {
  return label + " (" + count + ")";
}
