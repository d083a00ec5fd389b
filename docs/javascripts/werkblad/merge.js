// Merging a partner's worksheet into the open one, field by field: an empty field takes
// the incoming text, equal text stays, and where both differ the reader chooses. Nothing
// is overwritten without a choice. No DOM: tested with `node --test`.

import { isEmpty } from "./model.js";

export const CHOICES = ["mijn", "hun", "beide"];

const normal = (text) => (text || "").replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "").trim();

/** What importing the fields `theirs` into `mine` does. Only fields present in `theirs`
 * count: a file with chosen rubrics leaves the others alone. `kinds` names each field's
 * kind; only a textarea can keep both texts. */
export function planMerge(mine, theirs, kinds) {
  const plan = { fields: { ...mine }, filled: [], same: [], conflicts: [] };
  for (const [name, incoming] of Object.entries(theirs)) {
    const current = mine[name] || "";
    if (isEmpty(incoming) || normal(incoming) === normal(current)) {
      plan.same.push(name);
    } else if (isEmpty(current)) {
      plan.fields[name] = incoming;
      plan.filled.push(name);
    } else {
      plan.conflicts.push({ name, mine: current, theirs: incoming, both: kinds[name] === "textarea" });
    }
  }
  return plan;
}

/** Both texts, the incoming one after a line that names where it comes from. */
export function joinBoth(mine, theirs, source) {
  return `${mine.replace(/\s+$/, "")}\n\n--- Uit ${source} ---\n${theirs.replace(/^\s+/, "")}`;
}

/** Conflicts without a valid choice in `choices` (name -> 'mijn' | 'hun' | 'beide'). */
export function unresolved(plan, choices) {
  return plan.conflicts.filter(({ name, both }) => {
    const choice = choices[name];
    return !CHOICES.includes(choice) || (choice === "beide" && !both);
  });
}

/** The merged fields once every conflict has a choice; throws when one has none. */
export function resolve(plan, choices, source) {
  const missing = unresolved(plan, choices);
  if (missing.length) throw new Error(`geen keuze voor ${missing.map((c) => c.name).join(", ")}`);
  const fields = { ...plan.fields };
  for (const conflict of plan.conflicts) {
    const choice = choices[conflict.name];
    if (choice === "hun") fields[conflict.name] = conflict.theirs;
    if (choice === "beide") fields[conflict.name] = joinBoth(conflict.mine, conflict.theirs, source);
  }
  return fields;
}

/** The versions of both, each once (by id), oldest first; how many came in. */
export function mergeVersions(mine, theirs) {
  const known = new Set(mine.map((version) => version.id));
  const added = theirs.filter((version) => !known.has(version.id));
  const versions = [...mine, ...added].sort((a, b) =>
    a.datum.localeCompare(b.datum) || String(a.bewaard || "").localeCompare(String(b.bewaard || "")));
  return { versions, added: added.length };
}
