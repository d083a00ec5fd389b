// The list of worksheets a CLB keeps for its schools. No DOM: tested with `node --test`.

import { newId, newRecord } from "./model.js";

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
