// The list of worksheets a CLB keeps for its schools. No DOM: tested with `node --test`.

import { ISO_DATE, newId, newRecord } from "./model.js";

/** The name a reader knows a worksheet by. */
export function displayName(item) {
  const parts = [item.school, item.clb].filter(Boolean);
  return item.naam || parts.join(" – ") || "Werkblad zonder naam";
}

/** Where an evaluation stands on `today`: 'aan-de-beurt' on or after its date,
 * 'binnenkort' within `soon` days, 'gepland' later, '' without a date. */
export function evaluationState(next, today, soon = 30) {
  if (!ISO_DATE.test(next || "")) return "";
  if (next <= today) return "aan-de-beurt";
  const days = (Date.parse(next) - Date.parse(today)) / 86400000;
  return days <= soon ? "binnenkort" : "gepland";
}

/** The worksheets by name. */
export const byName = (items) =>
  [...items].sort((a, b) => displayName(a).localeCompare(displayName(b), "nl"));

/** Fields a copy for another school keeps: what the CLB says about itself (rubric 1's
 * centre and its board, rubric 4) and the agreements of rubrics 5 to 8. The school's own
 * data, the conversation, the date of the next evaluation and a noted stop belong to the
 * first school only, and so do its versions. */
export function keptInCopy(name) {
  if (name === "rubriek-8-volgende-evaluatie" || name === "rubriek-8-stopzetting") return false;
  return /^rubriek-(1-centrum|4-|[5-8]-)/.test(name);
}

/** A new worksheet for another school, started from `record`. */
export function duplicate(record, { id = newId(), now = new Date() } = {}) {
  const fields = Object.fromEntries(Object.entries(record.velden).filter(([name]) => keptInCopy(name)));
  return newRecord(fields, { id, now });
}
