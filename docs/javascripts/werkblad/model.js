// A worksheet as data: its record, its checks and its summary for the list. No DOM, no
// storage: tested with `node --test` (tests/js/). Loaded with the page, so kept small.

export const FORMAT = 2;
// Marks a file or stored record as this page's worksheet.
export const KIND = "samenwerkingsafspraken-school-clb";

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
  "september", "oktober", "november", "december"];
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const own = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

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

/** The fields' kinds ('textarea', 'text', 'date') by name: the page's field schema. */
export function checkFields(fields, kinds, { strict = true } = {}) {
  if (!isObject(fields)) return "Het onderdeel 'velden' is geen lijst van velden met hun inhoud.";
  for (const [name, value] of Object.entries(fields)) {
    if (strict && !own(kinds, name)) return `Het veld '${name}' hoort niet bij dit werkblad.`;
    if (typeof value !== "string") return `Het veld '${name}' bevat geen tekst.`;
    if (kinds[name] === "date" && value !== "" && !ISO_DATE.test(value)) {
      return `Het veld '${name}' bevat geen datum in de vorm JJJJ-MM-DD.`;
    }
  }
  return null;
}

/** Why `data` is not a worksheet of this page (in Dutch), or null when it is one; a
 * version 1 worksheet (one set of fields, no versions) counts too. `strict` refuses
 * fields the page does not know: a file must fit, a stored record keeps them. */
export function problem(data, kinds, { strict = true } = {}) {
  if (!isObject(data) || !("versie" in data) || !("velden" in data)) {
    return "Het bestand is geen werkblad van deze pagina: de onderdelen 'versie' en 'velden' ontbreken.";
  }
  const version = data.versie;
  if (Number.isInteger(version) && version > FORMAT) {
    return `Het bestand heeft versie ${version}: het is gemaakt met een nieuwere versie van deze ` +
      `pagina, die alleen werkbladen tot versie ${FORMAT} leest. Herlaad de pagina en probeer opnieuw.`;
  }
  if (version !== 1 && version !== FORMAT) {
    return `Het bestand heeft versie ${JSON.stringify(version)}, maar deze pagina leest alleen ` +
      `werkbladen met versie 1 of ${FORMAT}.`;
  }
  if (version === FORMAT && data.werkblad !== KIND) {
    return "Het bestand is geen werkblad samenwerkingsafspraken van deze pagina.";
  }
  const fieldProblem = checkFields(data.velden, kinds, { strict });
  if (fieldProblem) return fieldProblem;
  if (strict && Object.keys(data.velden).length === 0) {
    return "Het bestand bevat geen enkel veld van het werkblad.";
  }
  if ("bewaard" in data && typeof data.bewaard !== "string") {
    return "Het onderdeel 'bewaard' in het bestand is geen datum.";
  }
  if (version === 1) return null;
  if (typeof data.id !== "string" || typeof data.naam !== "string" || !Array.isArray(data.versies)) {
    return "Het bestand mist een van de onderdelen 'id', 'naam' of 'versies'.";
  }
  for (const [index, version2] of data.versies.entries()) {
    const where = `Versie ${index + 1} in het bestand`;
    if (!isObject(version2) || typeof version2.id !== "string" ||
        !ISO_DATE.test(version2.datum || "")) {
      return `${where} heeft geen id of geen datum in de vorm JJJJ-MM-DD.`;
    }
    const versionProblem = checkFields(version2.velden, kinds, { strict });
    if (versionProblem) return `${where}: ${versionProblem[0].toLowerCase()}${versionProblem.slice(1)}`;
  }
  return null;
}

/** A checked worksheet (version 1 or 2) as a version 2 record, copied. */
export function toRecord(data, { now = new Date() } = {}) {
  if (data.versie === 1) {
    const saved = new Date(data.bewaard || "");
    return newRecord(data.velden, { now: isNaN(saved.getTime()) ? now : saved });
  }
  return {
    versie: FORMAT, werkblad: KIND, id: data.id, naam: data.naam, velden: { ...data.velden },
    versies: data.versies.map((version) => ({ ...version, velden: { ...version.velden } })),
    gewijzigd: typeof data.gewijzigd === "string" ? data.gewijzigd : now.toISOString(),
  };
}
