// The worksheet as a document for the Word writer (werkblad-docx.js): the current
// version, optionally with the earlier ones as an annex. No DOM: the page's structure
// (rubrics, questions, field labels) is passed in. Tested with `node --test`.

import { ISO_DATE, dutchDate, isoDate } from "./model.js";

const value = (field, fields) => {
  const text = fields[field.name] || "";
  return field.kind === "date" ? dutchDate(text) : text;
};

const filled = (fieldList, fields) =>
  fieldList.map((field) => ({ label: field.label, value: value(field, fields), kind: field.kind }));

function rubrics(structure, fields) {
  return structure.rubrics.map((rubric) => ({
    number: rubric.number, title: rubric.title, part: rubric.part, origin: rubric.origin,
    questions: rubric.questions.map((q) => ({ text: q.text, fromSource: q.fromSource })),
    fields: filled(rubric.fields, fields),
  }));
}

/** The document of `record` laid out as `structure`:
 * { conversation: [field], rubrics: [{ number, title, part, origin,
 *   questions: [{ text, fromSource }], fields: [{ name, label, kind }] }] }.
 * Dates outside the fields stay ISO (2026-11-23): the writer shows them in Dutch and
 * dates the file with `generated`. The title is the document's kind; school, CLB and
 * date follow it. */
export function buildDoc(record, structure, { withHistory = false, siteUrl = "", now = new Date() } = {}) {
  const fields = record.velden;
  const date = (name) => (ISO_DATE.test(fields[name] || "") ? fields[name] : "");
  const frequency = (fields["rubriek-8-frequentie"] || "").trim();
  const next = date("rubriek-8-volgende-evaluatie");
  return {
    title: "Samenwerkingsafspraken school-CLB",
    school: (fields["rubriek-1-school"] || "").trim(),
    clb: (fields["rubriek-1-centrum"] || "").trim(),
    date: date("gesprek-datum"),
    generated: isoDate(now),
    siteUrl,
    // Besides the agreed shape: who took part in the conversation, and when.
    conversation: filled(structure.conversation, fields),
    rubrics: rubrics(structure, fields),
    evaluation: frequency || next ? { frequency, next } : null,
    history: withHistory ? record.versies.map((version, index) => ({
      date: version.datum, label: `Versie ${index + 1}`, rubrics: rubrics(structure, version.velden),
    })) : [],
    signatures: ["School", "CLB"],
  };
}
