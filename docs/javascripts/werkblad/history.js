// The versions of a worksheet over the years: an evaluation keeps the agreements as they
// stood as a dated version, and what changed between two versions is told field by field
// and line by line. No DOM: tested with `node --test`.

import { ISO_DATE, dutchDate, isEmpty, isoDate, newId } from "./model.js";

const lines = (text) => (text || "").replace(/\r\n?/g, "\n").replace(/\s+$/, "").split("\n");
const same = (a, b) => lines(a).join("\n").trim() === lines(b).join("\n").trim();

/** How a version is called: after the date of its conversation. */
export function versionLabel(version) {
  return `Afspraken van ${dutchDate(version.datum)}`;
}

/** A new version from the worksheet as it stands, dated with its conversation (or today
 * without one); the worksheet itself goes on as the next version. Null when nothing
 * changed since the last version: a second copy would tell nothing. */
export function startEvaluation(record, { today = isoDate(), now = new Date(), id = newId() } = {}) {
  const last = record.versies[record.versies.length - 1];
  const names = new Set([...Object.keys(record.velden), ...Object.keys(last ? last.velden : {})]);
  if (last && [...names].every((name) => same(record.velden[name], last.velden[name]))) return null;
  const conversation = record.velden["gesprek-datum"];
  const version = { id, datum: ISO_DATE.test(conversation || "") ? conversation : today,
    bewaard: now.toISOString(), velden: { ...record.velden } };
  return { ...record, versies: [...record.versies, version], gewijzigd: now.toISOString() };
}

/** The lines of `before` and `after` as a list of ['=' | '-' | '+', line], in order
 * (longest common subsequence of lines). */
export function lineDiff(before, after) {
  const a = isEmpty(before) ? [] : lines(before);
  const b = isEmpty(after) ? [] : lines(after);
  const table = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const result = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      result.push(["=", a[i]]);
      i += 1;
      j += 1;
    } else if (i < a.length && (j === b.length || table[i + 1][j] >= table[i][j + 1])) {
      result.push(["-", a[i]]);
      i += 1;
    } else {
      result.push(["+", b[j]]);
      j += 1;
    }
  }
  return result;
}

/** What changed from the fields `before` to `after`, in the order of `names`: each
 * changed field with its status ('nieuw', 'gewijzigd' or 'geschrapt') and its lines. */
export function changes(before, after, names) {
  const result = [];
  for (const name of names) {
    const old = before[name] || "";
    const now = after[name] || "";
    if (same(old, now)) continue;
    const status = isEmpty(old) ? "nieuw" : isEmpty(now) ? "geschrapt" : "gewijzigd";
    result.push({ name, status, lines: lineDiff(old, now) });
  }
  return result;
}
