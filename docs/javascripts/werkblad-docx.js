// The worksheet as a Word document (.docx), made in the browser from the worksheet's data:
// nothing leaves the device. An ES module with no DOM, loaded only when a reader asks for
// the document (import() from werkblad.js), so the worksheet page weighs what it did.
//
// Our own small writer rather than a library, by measurement (November 2026):
// - the npm package docx 9.15.2 (MIT, maintained): its browser bundle dist/index.mjs is
//   1,022,418 bytes, 295,663 minified, 87,559 minified+gzip; even bundled and tree-shaken
//   to what this document needs (Document, Paragraph, Table, Footer, PageNumber, Packer)
//   it stays 234,755 bytes minified, 69,731 minified+gzip, and needs a bundler the site
//   does not have;
// - this module: 22,126 bytes as written, 13,202 minified, 5,040 minified+gzip (esbuild
//   0.28 --minify, gzip -9), for exactly the document below, with its own tests.
// So about 1/17 of the library, and nothing to vendor, pin or bundle; the page loads
// neither until a reader asks for the document.
// The parts are stored in the ZIP without compression (STORE): that keeps the API
// synchronous and needs no CompressionStream; the worksheet with all eight rubrics and
// an annex is about 45 kB, and Word and LibreOffice open stored parts like any other.
//
// worksheetDocx(doc) -> Uint8Array, the bytes of the .docx. doc is plain data:
//   { title, school, clb, date, generated, siteUrl,
//     conversation: [{ label, value, kind }],  // who took part; a "date" is the date above
//     rubrics: [{ number, title, part: "informatie" | "afspraken", origin,
//                 questions: [{ text, fromSource }], fields: [{ label, value }] }],
//     evaluation: { frequency, next } | null,
//     history: [{ date, label, rubrics }],   // the annex; may be [] or left out
//     signatures: ["School", "CLB"] }
// Dates are ISO (2026-11-30) and shown in Dutch (30 november 2026); any other text is
// shown as it is. Every string may hold any character: text is XML-escaped, characters
// XML cannot hold are dropped, tabs and line breaks are kept.

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
  "september", "oktober", "november", "december"];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTS = {
  informatie: ["informatie", "School en CLB kunnen deze informatie elk vooraf invullen."],
  afspraken: ["afspraken", "Deze afspraken maken school en CLB samen."],
};
const FROM_SOURCE = "uit de leidraad";
const ADDITION = "aanvulling van de kennisbank";
// A4 with margins of 2.5 cm, in twentieths of a point.
const PAGE_WIDTH = 11906;
const MARGIN = 1418;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const PKG = "http://schemas.openxmlformats.org/package/2006/";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// --- Text --------------------------------------------------------------------------

/** Any value as text XML 1.0 can hold: control characters other than tab and line
 * breaks, lone surrogates and U+FFFE/U+FFFF are dropped. */
export function clean(value) {
  return String(value == null ? "" : value)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/[\uD800-\uDFFF]/gu, "");  // with the u flag, only a surrogate without its pair
}

/** Text for an XML element or a double-quoted attribute. */
export function escapeXml(value) {
  return clean(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function dutchDate(iso) {
  const match = ISO_DATE.exec(iso || "");
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return clean(iso);
  return Number(match[3]) + " " + MONTHS[Number(match[2]) - 1] + " " + match[1];
}

function lines(value) {
  return clean(value).split(/\r\n|\r|\n/);
}

// --- WordprocessingML ----------------------------------------------------------------

/** One run: its text with tabs as <w:tab/>; props is the run's rPr content. */
function run(text, props = "") {
  const rPr = props ? "<w:rPr>" + props + "</w:rPr>" : "";
  return clean(text).replace(/[\r\n]+/g, " ").split("\t").map((piece, index) =>
    (index ? "<w:r>" + rPr + "<w:tab/></w:r>" : "") +
    (piece ? '<w:r>' + rPr + '<w:t xml:space="preserve">' + escapeXml(piece) + "</w:t></w:r>" : ""),
  ).join("");
}

function paragraph(content, style, props = "") {
  const pPr = (style ? '<w:pStyle w:val="' + style + '"/>' : "") + props;
  return "<w:p>" + (pPr ? "<w:pPr>" + pPr + "</w:pPr>" : "") + content + "</w:p>";
}

function heading(level, text) {
  return paragraph(run(text), "Heading" + level);
}

/** A label and its value on one line; an empty value is a line to write on. */
function labelled(label, value) {
  const blank = '<w:r><w:rPr><w:u w:val="single"/></w:rPr><w:tab/></w:r>';
  return paragraph(run(label + ": ", "<w:b/>") + (clean(value).trim() ? run(value) : blank),
    "Gegevens", '<w:tabs><w:tab w:val="left" w:pos="' + TEXT_WIDTH + '"/></w:tabs>');
}

/** An answer in a box, one paragraph per line; empty, the box is room to write in, kept
 * on one page. Blank space at the end of an answer is left out. */
function answer(value) {
  const text = clean(value).replace(/\s+$/, "");
  if (!text.trim()) {
    return ["<w:keepNext/>", "<w:keepNext/>", "<w:keepNext/>", ""]
      .map((keep) => paragraph("", "Antwoord", keep)).join("");
  }
  return lines(text).map((line) => paragraph(run(line), "Antwoord")).join("");
}

function fieldField(instruction, cached) {
  return '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
    '<w:r><w:instrText xml:space="preserve"> ' + instruction + " </w:instrText></w:r>" +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
    "<w:r><w:t>" + cached + "</w:t></w:r>" +
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
}

function partHeading(part, number, rubrics) {
  const known = PARTS[part];
  const numbers = rubrics.filter((r) => r.part === part).map((r) => r.number);
  const contiguous = numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
  const range = numbers.length === 1 ? "rubriek " + numbers[0]
    : contiguous ? "rubriek " + numbers[0] + " tot " + numbers[numbers.length - 1]
      : "rubriek " + numbers.slice(0, -1).join(", ") + " en " + numbers[numbers.length - 1];
  const name = known ? known[0] : clean(part).trim();
  return heading(1, "Deel " + number + (name ? ": " + name : "") + " (" + range + ")") +
    (known ? paragraph(run(known[1])) : "");
}

function documentXml(doc, lists) {
  const body = [];
  const rubrics = doc.rubrics || [];
  body.push(paragraph(run(doc.title || "Samenwerkingsafspraken school-CLB"), "Title"));
  body.push(labelled("School", doc.school), labelled("CLB", doc.clb),
    labelled("Datum", doc.date ? dutchDate(doc.date) : ""));
  // The rest of the conversation (who took part): a line each, or the lines to write on.
  for (const field of doc.conversation || []) {
    if (field.kind === "date") continue;
    const text = clean(field.value).replace(/\s+$/, "");
    if (!/[\r\n]/.test(text)) body.push(labelled(field.label, text));
    else body.push(paragraph(run(field.label + ":", "<w:b/>"), "Gegevens", "<w:keepNext/>"), answer(text));
  }
  body.push(paragraph(run("Gemaakt " + (doc.generated ? "op " + dutchDate(doc.generated) + " " : "") +
    "met het werkblad van de kennisbank leerlingenbegeleiding school-CLB" +
    (clean(doc.siteUrl).trim() ? ": " + doc.siteUrl : ".")), "Herkomst"));

  let part = null;
  let partNumber = 0;
  for (const rubric of rubrics) {
    if (rubric.part !== part) {
      part = rubric.part;
      partNumber += 1;
      body.push(partHeading(part, partNumber, rubrics));
    }
    body.push(heading(2, "Rubriek " + rubric.number + " - " + clean(rubric.title)));
    if (clean(rubric.origin).trim()) body.push(paragraph(run(rubric.origin), "Herkomst", "<w:keepNext/>"));
    const questions = rubric.questions || [];
    if (questions.length) {
      body.push(heading(3, "Reflectievragen"));
      lists.push(lists.length + 1);
      const numPr = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="' + lists.length + '"/></w:numPr>';
      for (const question of questions) {
        body.push(paragraph(run(question.text) + run(" (" + (question.fromSource ? FROM_SOURCE : ADDITION) + ")",
          '<w:i/><w:color w:val="595959"/>'), "ListParagraph", numPr));
      }
    }
    for (const field of rubric.fields || []) {
      body.push(heading(3, field.label), answer(field.value));
    }
  }

  if (doc.evaluation) {
    body.push(heading(1, "Evaluatie"),
      labelled("Hoe vaak", doc.evaluation.frequency),
      labelled("Volgende evaluatie", doc.evaluation.next ? dutchDate(doc.evaluation.next) : ""),
      paragraph(run("Wil de school of het CLB de samenwerking stopzetten, dan moet die partner " +
        "dat uiterlijk op 31 december van het schooljaar meedelen. De samenwerking " +
        "stopt dan vanaf het volgende schooljaar.")));
  }

  const signatures = doc.signatures && doc.signatures.length ? doc.signatures : ["School", "CLB"];
  body.push(heading(1, "Ondertekening"), paragraph(run("Voor akkoord."), null, "<w:keepNext/>"),
    signatureTable(signatures));

  const history = doc.history || [];
  if (history.length) {
    body.push(paragraph('<w:r><w:br w:type="page"/></w:r>'), heading(1, "Bijlage: eerdere versies"),
      paragraph(run("De afspraken zoals ze bij eerdere evaluaties waren.")));
    for (const version of history) {
      const when = version.date ? dutchDate(version.date) : "";
      body.push(heading(2, clean(version.label).trim()
        ? clean(version.label) + (when ? " (" + when + ")" : "") : when || "Eerdere versie"));
      for (const rubric of version.rubrics || []) {
        body.push(heading(3, "Rubriek " + rubric.number + " - " + clean(rubric.title)));
        for (const field of rubric.fields || []) {
          body.push(heading(4, field.label));
          const text = clean(field.value).replace(/\s+$/, "");
          body.push(text.trim() ? lines(text).map((line) => paragraph(run(line), "Antwoord")).join("")
            : paragraph(run("Niet ingevuld."), "Herkomst"));
        }
      }
    }
  }

  const sectPr = '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>' +
    '<w:pgSz w:w="' + PAGE_WIDTH + '" w:h="16838"/>' +
    '<w:pgMar w:top="' + MARGIN + '" w:right="' + MARGIN + '" w:bottom="' + MARGIN + '" w:left="' +
    MARGIN + '" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';
  return XML_HEAD + '<w:document xmlns:w="' + W + '" xmlns:r="' + R + '"><w:body>' +
    body.join("") + sectPr + "</w:body></w:document>";
}

function signatureTable(parties) {
  const first = 2100;
  const other = Math.floor((TEXT_WIDTH - first) / parties.length);
  const widths = [first].concat(parties.map(() => other));
  const cell = (width, content) => '<w:tc><w:tcPr><w:tcW w:w="' + width + '" w:type="dxa"/></w:tcPr>' +
    paragraph(content, null, "<w:keepNext/>") + "</w:tc>";
  const row = (label, height, header) => "<w:tr><w:trPr><w:cantSplit/>" +
    (height ? '<w:trHeight w:val="' + height + '" w:hRule="atLeast"/>' : "") +
    (header ? "<w:tblHeader/>" : "") + "</w:trPr>" + cell(widths[0], run(label, "<w:b/>")) +
    parties.map((party, i) => cell(widths[i + 1], header ? run(party, "<w:b/>") : "")).join("") +
    "</w:tr>";
  return '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="' + TEXT_WIDTH + '" w:type="dxa"/>' +
    '<w:tblLayout w:type="fixed"/><w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" ' +
    'w:firstColumn="1" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
    "<w:tblCaption w:val=\"Ondertekening\"/><w:tblDescription w:val=\"Naam, functie, datum en " +
    'handtekening voor elke partner."/></w:tblPr><w:tblGrid>' +
    widths.map((w) => '<w:gridCol w:w="' + w + '"/>').join("") + "</w:tblGrid>" +
    row("", 0, true) + row("Naam", 567) + row("Functie", 567) + row("Datum", 567) +
    row("Handtekening", 1418) + "</w:tbl>" + paragraph("");
}

function style(type, id, name, body, extra = "") {
  return '<w:style w:type="' + type + '" w:styleId="' + id + '"' + extra + '><w:name w:val="' + name +
    '"/>' + body + "</w:style>";
}

function headingStyle(level, size, before) {
  return style("paragraph", "Heading" + level, "heading " + level,
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>' +
    '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="' + before + '" w:after="80"/>' +
    '<w:outlineLvl w:val="' + (level - 1) + '"/></w:pPr>' +
    '<w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="' + size + '"/><w:szCs w:val="' + size +
    '"/></w:rPr>');
}

const BOX = ["top", "left", "bottom", "right"]
  .map((side) => "<w:" + side + ' w:val="single" w:sz="4" w:space="4" w:color="808080"/>').join("");

const STYLES = XML_HEAD + '<w:styles xmlns:w="' + W + '">' +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" ' +
  'w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/>' +
  '<w:lang w:val="nl-BE" w:eastAsia="nl-BE" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr>' +
  "</w:pPrDefault></w:docDefaults>" +
  style("paragraph", "Normal", "Normal", "<w:qFormat/>", ' w:default="1"') +
  style("paragraph", "Title", "Title", '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>' +
    '<w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr>' +
    '<w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr>') +
  headingStyle(1, 32, 360) + headingStyle(2, 28, 280) + headingStyle(3, 24, 200) + headingStyle(4, 22, 160) +
  style("paragraph", "ListParagraph", "List Paragraph", '<w:basedOn w:val="Normal"/>' +
    '<w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/>' +
    "<w:contextualSpacing/></w:pPr>") +
  style("paragraph", "Gegevens", "Gegevens", '<w:basedOn w:val="Normal"/><w:qFormat/>' +
    '<w:pPr><w:spacing w:before="120" w:after="120"/></w:pPr>') +
  style("paragraph", "Herkomst", "Herkomst", '<w:basedOn w:val="Normal"/><w:qFormat/>' +
    '<w:rPr><w:i/><w:iCs/><w:color w:val="595959"/></w:rPr>') +
  style("paragraph", "Antwoord", "Antwoord", '<w:basedOn w:val="Normal"/><w:qFormat/>' +
    "<w:pPr><w:pBdr>" + BOX + '</w:pBdr><w:spacing w:after="0"/><w:ind w:left="113" w:right="113"/>' +
    "</w:pPr>") +
  style("paragraph", "Footer", "footer", '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>' +
    '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>') +
  style("table", "TableNormal", "Normal Table", '<w:uiPriority w:val="99"/><w:semiHidden/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>' +
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" ' +
    'w:type="dxa"/></w:tblCellMar></w:tblPr>', ' w:default="1"') +
  style("table", "TableGrid", "Table Grid", '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>' +
    '<w:pPr><w:spacing w:after="0"/></w:pPr><w:tblPr><w:tblBorders>' +
    ["top", "left", "bottom", "right", "insideH", "insideV"]
      .map((side) => "<w:" + side + ' w:val="single" w:sz="4" w:space="0" w:color="auto"/>').join("") +
    "</w:tblBorders></w:tblPr>") +
  "</w:styles>";

function numberingXml(count) {
  const nums = [];
  for (let id = 1; id <= count; id += 1) {
    nums.push('<w:num w:numId="' + id + '"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">' +
      '<w:startOverride w:val="1"/></w:lvlOverride></w:num>');
  }
  return XML_HEAD + '<w:numbering xmlns:w="' + W + '"><w:abstractNum w:abstractNumId="0">' +
    '<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>' +
    '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>' +
    '<w:pPr><w:ind w:left="720" w:hanging="432"/></w:pPr></w:lvl></w:abstractNum>' +
    nums.join("") + "</w:numbering>";
}

const FOOTER = XML_HEAD + '<w:ftr xmlns:w="' + W + '" xmlns:r="' + R + '">' +
  paragraph(run("pagina ") + fieldField("PAGE", "1") + run(" van ") + fieldField("NUMPAGES", "1"), "Footer") +
  "</w:ftr>";

const SETTINGS = XML_HEAD + '<w:settings xmlns:w="' + W + '"><w:defaultTabStop w:val="709"/>' +
  '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting ' +
  'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>' +
  '</w:compat><w:themeFontLang w:val="nl-BE"/><w:decimalSymbol w:val=","/>' +
  '<w:listSeparator w:val=";"/></w:settings>';

function relationships(items) {
  return XML_HEAD + '<Relationships xmlns="' + PKG + 'relationships">' + items.map(([id, type, target]) =>
    '<Relationship Id="' + id + '" Type="' + type + '" Target="' + target + '"/>').join("") +
    "</Relationships>";
}

const CONTENT_TYPES = XML_HEAD + '<Types xmlns="' + PKG + 'content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  [["/word/document.xml", "wordprocessingml.document.main"], ["/word/styles.xml", "wordprocessingml.styles"],
    ["/word/settings.xml", "wordprocessingml.settings"], ["/word/numbering.xml", "wordprocessingml.numbering"],
    ["/word/footer1.xml", "wordprocessingml.footer"], ["/docProps/app.xml", "extended-properties"]]
    .map(([part, type]) => '<Override PartName="' + part +
      '" ContentType="application/vnd.openxmlformats-officedocument.' + type + '+xml"/>').join("") +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  "</Types>";

function coreXml(doc) {
  const title = [doc.title || "Samenwerkingsafspraken school-CLB", doc.school, doc.clb,
    doc.date ? dutchDate(doc.date) : ""].map((part) => clean(part).trim()).filter(Boolean).join(" – ");
  const stamp = ISO_DATE.test(doc.generated || "") ? doc.generated + "T00:00:00Z" : "";
  const dates = stamp ? '<dcterms:created xsi:type="dcterms:W3CDTF">' + stamp + "</dcterms:created>" +
    '<dcterms:modified xsi:type="dcterms:W3CDTF">' + stamp + "</dcterms:modified>" : "";
  return XML_HEAD + '<cp:coreProperties xmlns:cp="' + PKG + 'metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>' + escapeXml(title) + "</dc:title>" +
    "<dc:language>nl-BE</dc:language>" + dates + "</cp:coreProperties>";
}

const APP = XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
  "<Application>Kennisbank leerlingenbegeleiding school-CLB</Application></Properties>";

// --- ZIP (stored, no compression) ------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes) {
  let crc = 0xFFFFFFFF;
  for (let i = 0; i < bytes.length; i += 1) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xFF] ^ (crc >>> 8);
  return (crc ^ 0xFFFFFFFF) >>> 0;
}

/** A ZIP archive of [name, text] pairs, each stored as UTF-8; date is an ISO date or "". */
export function zip(files, date) {
  const encoder = new TextEncoder();
  const match = ISO_DATE.exec(date || "");
  const dosDate = match ? ((Math.max(Number(match[1]), 1980) - 1980) << 9) | (Number(match[2]) << 5) |
    Number(match[3]) : (1 << 5) | 1;
  const local = [];
  const central = [];
  let offset = 0;
  for (const [name, text] of files) {
    const nameBytes = encoder.encode(name);
    const data = encoder.encode(text);
    const crc = crc32(data);
    // version, flags (bit 11: UTF-8 names), method 0, time, date, crc, sizes, name length
    const common = [[20, 2], [0x0800, 2], [0, 2], [0, 2], [dosDate, 2], [crc, 4], [data.length, 4],
      [data.length, 4], [nameBytes.length, 2]];
    const header = record(0x04034B50, common.concat([[0, 2]]));
    local.push(header, nameBytes, data);
    central.push(record(0x02014B50, [[20, 2]].concat(common, [[0, 2], [0, 2], [0, 2], [0, 2], [0, 4],
      [offset, 4]])), nameBytes);
    offset += header.length + nameBytes.length + data.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = record(0x06054B50, [[0, 2], [0, 2], [files.length, 2], [files.length, 2], [centralSize, 4],
    [offset, 4], [0, 2]]);
  const parts = local.concat(central, [end]);
  const result = new Uint8Array(offset + centralSize + end.length);
  let position = 0;
  for (const part of parts) {
    result.set(part, position);
    position += part.length;
  }
  return result;
}

function record(signature, fields) {
  const size = 4 + fields.reduce((sum, [, length]) => sum + length, 0);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, signature, true);
  let position = 4;
  for (const [value, length] of fields) {
    if (length === 2) view.setUint16(position, value, true);
    else view.setUint32(position, value >>> 0, true);
    position += length;
  }
  return bytes;
}

// --- The document ----------------------------------------------------------------------

export function worksheetDocx(doc) {
  const lists = [];
  const document = documentXml(doc, lists);
  return zip([
    ["[Content_Types].xml", CONTENT_TYPES],
    ["_rels/.rels", relationships([
      ["rId1", REL + "officeDocument", "word/document.xml"],
      ["rId2", PKG + "relationships/metadata/core-properties", "docProps/core.xml"],
      ["rId3", REL + "extended-properties", "docProps/app.xml"]])],
    ["word/_rels/document.xml.rels", relationships([
      ["rIdStyles", REL + "styles", "styles.xml"],
      ["rIdSettings", REL + "settings", "settings.xml"],
      ["rIdNumbering", REL + "numbering", "numbering.xml"],
      ["rIdFooter", REL + "footer", "footer1.xml"]])],
    ["word/document.xml", document],
    ["word/styles.xml", STYLES],
    ["word/settings.xml", SETTINGS],
    ["word/numbering.xml", numberingXml(lists.length)],
    ["word/footer1.xml", FOOTER],
    ["docProps/core.xml", coreXml(doc)],
    ["docProps/app.xml", APP],
  ], doc.generated);
}
