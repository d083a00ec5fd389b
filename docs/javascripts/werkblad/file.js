// The worksheet as a file: what an export writes (whole or chosen rubrics, with its
// versions) and what an import accepts. No DOM: tested with `node --test`.

import { isoDate, problem, summary, toRecord } from "./model.js";

// An honest worksheet with years of versions is some hundreds of kilobytes; anything far
// larger is not one, and is refused before it is read.
export const MAX_BYTES = 5 * 1024 * 1024;

/** The part of the worksheet a field belongs to: 'gesprek' or a rubric's number. */
export function partOf(name) {
  const match = /^rubriek-(\d+)-/.exec(name);
  return match ? Number(match[1]) : "gesprek";
}

function only(fields, parts) {
  return Object.fromEntries(Object.entries(fields).filter(([name]) => parts.includes(partOf(name))));
}

/** What an export writes: the whole record, or with `parts` only those parts' fields,
 * in the worksheet and in each version. */
export function exportData(record, parts = null, now = new Date()) {
  const data = { ...record, bewaard: now.toISOString() };
  if (!parts) return data;
  return { ...data, onderdelen: [...parts],
    velden: only(record.velden, parts),
    versies: record.versies.map((version) => ({ ...version, velden: only(version.velden, parts) })) };
}

export function slug(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
}

/** 'samenwerkingsafspraken-<school>-<today>.<extension>'. */
export function fileName(record, extension, today = isoDate()) {
  const school = slug(summary(record).school);
  return `samenwerkingsafspraken-${school ? `${school}-` : ""}${today}.${extension}`;
}

/** Why a file of `size` bytes is not read at all, or null. */
export function sizeProblem(size) {
  return size > MAX_BYTES ? "Het is te groot voor een werkblad." : null;
}

/** The worksheet in a file's text, as a record ({ record }), or why not ({ problem }),
 * in Dutch. A file of version 1 reads as it always did. */
export function readFile(text, kinds) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problem: "Het is geen JSON-bestand. Kies een bestand dat je met Exporteren hebt gemaakt." };
  }
  const reason = problem(data, kinds);
  return reason ? { problem: reason } : { record: toRecord(data) };
}
