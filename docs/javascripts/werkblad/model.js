// A worksheet as data: its record, how storage reads it, and its summary for the list.
// No DOM, no storage: tested with `node --test` (tests/js/). Loaded as soon as the
// browser holds a worksheet, so kept small.

export const FORMAT = 2;
// Marks a file or stored record as this page's worksheet.
export const KIND = "samenwerkingsafspraken-school-clb";

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
  "september", "oktober", "november", "december"];
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isObject = (value) =>
  value !== null && typeof value === "object" && !Array.isArray(value);

const pad = (number) => String(number).padStart(2, "0");

/** The local date of `date` as 'YYYY-MM-DD'. */
export function isoDate(date = new Date()) {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** '2026-11-23' as '23 november 2026'; anything else as it is. */
export function dutchDate(iso) {
  const match = ISO_DATE.exec(iso || "");
  return match ? `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}` : iso || "";
}

export const isEmpty = (text) => typeof text !== "string" || text.trim() === "";

export function newId() {
  const random = globalThis.crypto && globalThis.crypto.randomUUID
    ? globalThis.crypto.randomUUID().slice(0, 8) : Math.random().toString(36).slice(2, 10);
  return `w-${Date.now().toString(36)}-${random}`;
}

/** A new worksheet record. */
export function newRecord(fields = {}, { id = newId(), now = new Date() } = {}) {
  return { versie: FORMAT, werkblad: KIND, id, naam: "", velden: { ...fields }, versies: [],
    gewijzigd: now.toISOString() };
}

/** Whether a record holds anything worth keeping. */
export function hasContent(record) {
  return !isEmpty(record.naam) || record.versies.length > 0 ||
    Object.values(record.velden).some((text) => !isEmpty(text));
}

const oneLine = (text) => (text || "").trim().replace(/\s+/g, " ");

/** What the list shows of a record. */
export function summary(record) {
  const fields = record.velden;
  return {
    id: record.id,
    naam: oneLine(record.naam),
    school: oneLine(fields["rubriek-1-school"]),
    clb: oneLine(fields["rubriek-1-centrum"]),
    gewijzigd: record.gewijzigd,
    volgendeEvaluatie: ISO_DATE.test(fields["rubriek-8-volgende-evaluatie"] || "")
      ? fields["rubriek-8-volgende-evaluatie"] : "",
    versies: record.versies.length,
  };
}

/** The document's title: school, CLB and the conversation's date, as far as known. */
export function documentTitle(fields) {
  const parts = [oneLine(fields["rubriek-1-school"]), oneLine(fields["rubriek-1-centrum"]),
    dutchDate(fields["gesprek-datum"])].filter(Boolean);
  return parts.length ? `Samenwerkingsafspraken ${parts.join(" – ")}` : "Samenwerkingsafspraken school-CLB";
}

const texts = (fields) => isObject(fields) && Object.values(fields).every((v) => typeof v === "string");

/** A stored worksheet (version 1 or 2) as a record, or null when it is not one. Lenient
 * where a file is not (file.js): a field the page no longer knows is kept, not refused. */
export function fromStorage(data) {
  if (!isObject(data) || !texts(data.velden)) return null;
  if (data.versie === 1) return toRecord(data);
  const ok = data.versie === FORMAT && data.werkblad === KIND && typeof data.id === "string" &&
    Array.isArray(data.versies) &&
    data.versies.every((v) => isObject(v) && ISO_DATE.test(v.datum) && texts(v.velden));
  return ok ? toRecord(data) : null;
}

/** A checked worksheet (version 1 or 2) as a version 2 record, copied. */
export function toRecord(data, { now = new Date() } = {}) {
  if (data.versie === 1) {
    const saved = new Date(data.bewaard || "");
    return newRecord(data.velden, { now: isNaN(saved.getTime()) ? now : saved });
  }
  return {
    versie: FORMAT, werkblad: KIND, id: data.id, naam: typeof data.naam === "string" ? data.naam : "",
    velden: { ...data.velden },
    versies: data.versies.map((version) => ({ ...version, velden: { ...version.velden } })),
    gewijzigd: typeof data.gewijzigd === "string" ? data.gewijzigd : now.toISOString(),
  };
}
