// The worksheet as a Word document: the page's structure and the open worksheet become a
// document (doc.js), which werkblad-docx.js writes as .docx. That writer is loaded only
// now, when a reader asks for the document; the file is made and saved on this device.

import { buildDoc } from "./doc.js";
import { fileName } from "./file.js";
import { current, download } from "./ui-dom.js";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The rubrics, questions and fields as the page shows them. */
export function structure(form) {
  const field = (input) => ({ name: input.name, kind: input.type,
    label: form.querySelector(`label[for="${input.id}"]`).textContent.trim() });
  const fieldsIn = (root) => [...root.querySelectorAll("[data-werkblad-veld]")].map(field);
  return {
    conversation: fieldsIn(form.querySelector(".werkblad__gesprek")),
    rubrics: [...form.querySelectorAll("section[data-deel]")].map((section) => ({
      number: Number(section.getAttribute("aria-labelledby").replace("rubriek-", "")),
      // 'Full title. <a>Lees rubriek n in de leidraad</a>'
      title: section.querySelector(".werkblad__rubriektitel").firstChild.textContent.trim().replace(/\.$/, ""),
      part: section.getAttribute("data-deel"),
      origin: section.querySelector(".vragen-herkomst").textContent.trim(),
      questions: [...section.querySelectorAll(".werkblad__vragen li")].sort((a, b) => a.value - b.value)
        .map((item) => {
          const copy = item.cloneNode(true);
          copy.querySelectorAll("a, .vraag-aanvulling").forEach((extra) => extra.remove());
          // Not the leidraad's: all of the rubric's questions, or those marked as added.
          return { text: copy.textContent.trim(), fromSource: !section.hasAttribute("data-vragen") &&
            !item.querySelector(".vraag-aanvulling") };
        }),
      fields: fieldsIn(section),
    })),
  };
}

export async function act(action, sheet) {
  sheet.warn("");
  let writer;
  try {
    writer = await import(new URL("../werkblad-docx.js", import.meta.url).href);
  } catch (error) {
    sheet.warn("Het onderdeel dat het Word-document maakt, kon niet geladen worden. Controleer je " +
      "verbinding en probeer opnieuw, of gebruik Afdrukken.");
    return;
  }
  const record = current(sheet);
  const doc = buildDoc(record, structure(sheet.form), {
    withHistory: sheet.form.querySelector("[data-werkblad-bijlage]").checked,
    siteUrl: window.location.href.split("#")[0],
  });
  let bytes;
  try {
    bytes = await writer.worksheetDocx(doc);
  } catch (error) {
    sheet.warn(`Het Word-document kon niet gemaakt worden: ${error.message} ` +
      "Je kan het werkblad wel afdrukken of exporteren.");
    return;
  }
  const name = fileName(record, "docx");
  download(new Blob([bytes], { type: DOCX }), name);
  sheet.say(`Het Word-document ${name} is gemaakt.`);
}
