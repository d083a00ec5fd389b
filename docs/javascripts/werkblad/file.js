// The worksheet as a file: what an export writes (whole or chosen rubrics, with its
// versions) and what an import accepts. No DOM: tested with `node --test`.

import { FORMAT, ISO_DATE, KIND, isObject, isoDate, summary, toRecord } from "./model.js";

const own = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

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

// `kinds`: each field's kind ('textarea', 'text' or 'date') by name, read from the form.
function checkFields(fields, kinds) {
  if (!isObject(fields)) return "Het onderdeel 'velden' is geen lijst van velden met hun inhoud.";
  for (const [name, value] of Object.entries(fields)) {
    if (!own(kinds, name)) return `Het veld '${name}' hoort niet bij dit werkblad.`;
    if (typeof value !== "string") return `Het veld '${name}' bevat geen tekst.`;
    if (kinds[name] === "date" && value !== "" && !ISO_DATE.test(value)) {
      return `Het veld '${name}' bevat geen datum in de vorm JJJJ-MM-DD.`;
    }
  }
  return null;
}

/** Why `data` is not a worksheet of this page (in Dutch), or null when it is one; a
 * version 1 worksheet (one set of fields, no versions) counts too. */
export function problem(data, kinds) {
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
  const fieldProblem = checkFields(data.velden, kinds);
  if (fieldProblem) return fieldProblem;
  if (Object.keys(data.velden).length === 0) {
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
    const versionProblem = checkFields(version2.velden, kinds);
    if (versionProblem) return `${where}: ${versionProblem[0].toLowerCase()}${versionProblem.slice(1)}`;
  }
  return null;
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
