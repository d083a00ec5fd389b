// The Word writer of the worksheet (docs/javascripts/werkblad-docx.js), without a browser:
// the ZIP is one Word and LibreOffice can read, every part is well-formed XML, and any text
// a reader types ends up in the document as text. Run: node --test tests/js/
// (tests/test_worksheet_docx.py runs them too, and reads the document with python-docx).

import assert from "node:assert/strict";
import { test } from "node:test";
import { crc32 as referenceCrc32 } from "node:zlib";

import { dutchDate, escapeXml, worksheetDocx } from "../../docs/javascripts/werkblad-docx.js";

// Characters that must stay text: markup, entities, quotes, control characters, a lone
// surrogate, emoji (a family joined by ZWJ, a flag), and the end of a CDATA section.
const NASTY = "<b>vet</b> & &amp; \"quote\" 'apos' a\u0000b\u0007c\u001Fd \uD800 e\uFFFE " +
  "👩‍👩‍👧 🇧🇪 ]]> <!-- x -->";

function rubric(number, part, value, extra = {}) {
  return {
    number, part, title: `Titel van rubriek ${number}`,
    origin: "De vragen volgen de reflectievragen uit de toelichting bij de leidraad.",
    questions: [{ text: `Eerste vraag van rubriek ${number}?`, fromSource: true },
      { text: `Tweede vraag van rubriek ${number}?`, fromSource: false }],
    fields: [{ label: "Afspraken", value }],
    ...extra,
  };
}

// A fictional worksheet: every name here is invented.
function sampleDoc(overrides = {}) {
  return {
    title: "Samenwerkingsafspraken school-CLB",
    school: "Basisschool Het Voorbeeld", clb: "CLB Voorbeeldstad", date: "2026-11-23",
    generated: "2026-11-30", siteUrl: "https://example.org/leidraad/werkblad/",
    rubrics: [
      rubric(1, "informatie", "Eerste regel\nTweede regel"),
      rubric(2, "informatie", ""),
      rubric(5, "afspraken", "De zorgcoördinator belt elke eerste maandag."),
    ],
    evaluation: { frequency: "Elk schooljaar", next: "2027-06-30" },
    history: [],
    signatures: ["School", "CLB"],
    ...overrides,
  };
}

// --- A small ZIP reader, independent of the writer ------------------------------------

function readZip(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const eocd = bytes.length - 22;  // no archive comment
  assert.equal(view.getUint32(eocd, true), 0x06054B50, "end of central directory");
  const count = view.getUint16(eocd + 10, true);
  assert.equal(view.getUint16(eocd + 8, true), count);
  const size = view.getUint32(eocd + 12, true);
  let position = view.getUint32(eocd + 16, true);
  assert.equal(position + size, eocd, "the central directory ends where the end record starts");
  const entries = [];
  for (let i = 0; i < count; i += 1) {
    assert.equal(view.getUint32(position, true), 0x02014B50, "central directory entry");
    const method = view.getUint16(position + 10, true);
    const crc = view.getUint32(position + 16, true);
    const compressed = view.getUint32(position + 20, true);
    const uncompressed = view.getUint32(position + 24, true);
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    const offset = view.getUint32(position + 42, true);
    const name = decoder.decode(bytes.subarray(position + 46, position + 46 + nameLength));
    position += 46 + nameLength + extraLength + commentLength;
    // The local header says the same as the central directory.
    assert.equal(view.getUint32(offset, true), 0x04034B50, `local header of ${name}`);
    assert.equal(view.getUint16(offset + 8, true), method);
    assert.equal(view.getUint32(offset + 14, true), crc);
    assert.equal(view.getUint32(offset + 18, true), compressed);
    assert.equal(view.getUint32(offset + 22, true), uncompressed);
    const localName = view.getUint16(offset + 26, true);
    const localExtra = view.getUint16(offset + 28, true);
    assert.equal(decoder.decode(bytes.subarray(offset + 30, offset + 30 + localName)), name);
    const start = offset + 30 + localName + localExtra;
    entries.push({ name, method, crc, compressed, uncompressed,
      data: bytes.subarray(start, start + compressed) });
  }
  assert.equal(position, eocd);
  return entries;
}

function parts(doc) {
  const result = {};
  for (const entry of readZip(worksheetDocx(doc))) {
    result[entry.name] = new TextDecoder("utf-8", { fatal: true }).decode(entry.data);
  }
  return result;
}

// --- A tiny well-formedness check -----------------------------------------------------

const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;
const BAD_REFERENCE = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
const NAME = "[A-Za-z_][\\w.:-]*";
const START_TAG = new RegExp(`^<(${NAME})((?:\\s+${NAME}\\s*=\\s*"[^"<&]*(?:&[^"<&]*)*")*)\\s*(/?)>$`);

/** Throws unless xml is one well-formed element after an XML declaration. */
function checkWellFormed(xml, label) {
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'), `${label}: declaration`);
  assert.doesNotMatch(xml, ILLEGAL, `${label}: a character XML cannot hold`);
  const body = xml.slice(xml.indexOf("?>") + 2);
  const stack = [];
  let roots = 0;
  for (const [token] of body.matchAll(/<[^>]*>|[^<]+/g)) {
    if (!token.startsWith("<")) {
      assert.ok(stack.length || !token.trim(), `${label}: text outside the root: ${token.slice(0, 40)}`);
      assert.doesNotMatch(token, BAD_REFERENCE, `${label}: a bare & in ${token.slice(0, 40)}`);
      continue;
    }
    if (token.startsWith("</")) {
      const name = token.slice(2, -1).trim();
      assert.equal(stack.pop(), name, `${label}: </${name}> closes another element`);
      continue;
    }
    const match = START_TAG.exec(token);
    assert.ok(match, `${label}: not a tag: ${token.slice(0, 80)}`);
    const names = [...match[2].matchAll(new RegExp(`(${NAME})\\s*=`, "g"))].map((m) => m[1]);
    assert.equal(new Set(names).size, names.length, `${label}: an attribute twice in ${token}`);
    assert.doesNotMatch(match[2], BAD_REFERENCE, `${label}: a bare & in ${token}`);
    if (!stack.length) roots += 1;
    if (!match[3]) stack.push(match[1]);
  }
  assert.deepEqual(stack, [], `${label}: elements left open`);
  assert.equal(roots, 1, `${label}: one root element`);
}

// The text of a part, as a reader sees it: tags gone, entities read back.
function textOf(xml) {
  return xml.replace(/<w:instrText[^>]*>.*?<\/w:instrText>/g, "").replace(/<w:tab\/>/g, "\t").replace(/<\/w:p>/g, "\n").replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&amp;/g, "&");
}

function paragraphs(xml) {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map(([p, inner]) => ({
    style: (/<w:pStyle w:val="([^"]+)"\/>/.exec(inner) || [])[1] || null,
    text: textOf(inner),
    xml: p,
  }));
}

// --- The ZIP --------------------------------------------------------------------------

const EXPECTED_PARTS = ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
  "word/document.xml", "word/styles.xml", "word/settings.xml", "word/numbering.xml",
  "word/footer1.xml", "docProps/core.xml", "docProps/app.xml"];

test("the file is a ZIP with every part of a Word document, each with its right CRC-32", () => {
  const bytes = worksheetDocx(sampleDoc());
  assert.ok(bytes instanceof Uint8Array);
  const entries = readZip(bytes);
  assert.deepEqual(entries.map((e) => e.name), EXPECTED_PARTS);
  for (const entry of entries) {
    assert.equal(entry.method, 0, `${entry.name} is stored`);
    assert.equal(entry.compressed, entry.uncompressed);
    assert.equal(entry.crc, referenceCrc32(entry.data), `CRC-32 of ${entry.name}`);
  }
});

test("every relationship points at a part in the file, with a content type for it", () => {
  const files = parts(sampleDoc());
  const types = files["[Content_Types].xml"];
  for (const [rels, folder] of [["_rels/.rels", ""], ["word/_rels/document.xml.rels", "word/"]]) {
    const targets = [...files[rels].matchAll(/Target="([^"]+)"/g)].map((m) => folder + m[1]);
    assert.ok(targets.length >= 3);
    for (const target of targets) {
      assert.ok(target in files, `${rels} points at ${target}`);
      assert.ok(types.includes(`PartName="/${target}"`), `a content type for ${target}`);
    }
  }
  // Every r:id the document and footer use is defined.
  const ids = [...files["word/_rels/document.xml.rels"].matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
  for (const [, id] of files["word/document.xml"].matchAll(/r:id="([^"]+)"/g)) assert.ok(ids.includes(id), id);
});

test("the same worksheet gives the same bytes", () => {
  assert.deepEqual(worksheetDocx(sampleDoc()), worksheetDocx(sampleDoc()));
});

// --- The XML --------------------------------------------------------------------------

test("every part is well-formed XML, also with text full of characters XML treats specially", () => {
  const nasty = sampleDoc({
    title: NASTY, school: NASTY, clb: NASTY, date: NASTY, siteUrl: NASTY,
    rubrics: [rubric(1, NASTY, NASTY + "\n" + NASTY, { title: NASTY, origin: NASTY,
      questions: [{ text: NASTY, fromSource: false }], fields: [{ label: NASTY, value: NASTY }] })],
    evaluation: { frequency: NASTY, next: NASTY },
    history: [{ date: NASTY, label: NASTY, rubrics: [rubric(1, NASTY, NASTY, { title: NASTY })] }],
    signatures: [NASTY, NASTY],
  });
  for (const doc of [sampleDoc(), nasty]) {
    for (const [name, xml] of Object.entries(parts(doc))) checkWellFormed(xml, name);
  }
});

test("the well-formedness check itself catches what it is for", () => {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  for (const broken of ["<a><b></a></b>", "<a>&</a>", "<a>x<y</a>", '<a b="1" b="2"/>', "<a>\u0001</a>",
    "<a/><b/>", "<a>"]) {
    assert.throws(() => checkWellFormed(head + broken, "test"), broken);
  }
  checkWellFormed(head + '<a b="&amp;">x &lt; y<c/></a>', "test");
});

test("text from the worksheet stays text: markup escaped, control characters dropped, emoji kept", () => {
  const files = parts(sampleDoc({
    title: NASTY,
    rubrics: [rubric(5, "afspraken", NASTY, { title: NASTY })],
  }));
  const xml = files["word/document.xml"];
  assert.ok(!xml.includes("<b>"), "no markup from the text");
  assert.ok(xml.includes("&lt;b&gt;vet&lt;/b&gt; &amp; &amp;amp; &quot;quote&quot;"));
  const expected = "<b>vet</b> & &amp; \"quote\" 'apos' abcd  e 👩‍👩‍👧 🇧🇪 ]]> <!-- x -->";
  const texts = paragraphs(xml).map((p) => p.text);
  assert.ok(texts.includes(expected), "the title as typed, less what XML cannot hold");
  assert.ok(texts.includes("Rubriek 5 - " + expected));
  assert.deepEqual(paragraphs(xml).filter((p) => p.style === "Antwoord").map((p) => p.text), [expected],
    "the answer as typed");
  assert.ok(!xml.includes("\uFFFD"), "a lone surrogate is dropped, not turned into U+FFFD");
  assert.ok(files["docProps/core.xml"].includes("&lt;b&gt;vet&lt;/b&gt;"));
});

test("escapeXml escapes what XML needs in text and in double-quoted attributes", () => {
  assert.equal(escapeXml('<a href="x">&amp;</a>'), "&lt;a href=&quot;x&quot;&gt;&amp;amp;&lt;/a&gt;");
  assert.equal(escapeXml("tab\tline\nend\u0000\u001B"), "tab\tline\nend");
  assert.equal(escapeXml("😀 \uDE00 \uD83D"), "😀  ");
  assert.equal(escapeXml(null), "");
  assert.equal(escapeXml(42), "42");
});

test("very long text is kept whole", () => {
  const long = "Een lange afspraak zonder einde. ".repeat(40000) + "x".repeat(100000);
  const xml = parts(sampleDoc({ rubrics: [rubric(5, "afspraken", long)] }))["word/document.xml"];
  const answer = paragraphs(xml).filter((p) => p.style === "Antwoord").map((p) => p.text);
  assert.deepEqual(answer, [long]);
});

// --- What the document holds ----------------------------------------------------------

test("parts and rubrics are headings a navigation pane and a screen reader can use", () => {
  const files = parts(sampleDoc());
  const headings = paragraphs(files["word/document.xml"]).filter((p) => /^Heading\d$/.test(p.style))
    .map((p) => `${p.style}: ${p.text}`);
  assert.deepEqual(headings.filter((h) => !h.startsWith("Heading3")), [
    "Heading1: Deel 1: informatie (rubriek 1 tot 2)",
    "Heading2: Rubriek 1 - Titel van rubriek 1",
    "Heading2: Rubriek 2 - Titel van rubriek 2",
    "Heading1: Deel 2: afspraken (rubriek 5)",
    "Heading2: Rubriek 5 - Titel van rubriek 5",
    "Heading1: Evaluatie",
    "Heading1: Ondertekening",
  ]);
  for (const level of [1, 2, 3, 4]) {
    assert.match(files["word/styles.xml"], new RegExp(`w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>` +
      `.*?<w:outlineLvl w:val="${level - 1}"/>`));
  }
});

test("the title page names the school, the CLB and the date, and where the document was made", () => {
  const files = parts(sampleDoc());
  const texts = paragraphs(files["word/document.xml"]).map((p) => p.text);
  assert.equal(texts[0], "Samenwerkingsafspraken school-CLB");
  assert.deepEqual(texts.slice(1, 4), ["School: Basisschool Het Voorbeeld", "CLB: CLB Voorbeeldstad",
    "Datum: 23 november 2026"]);
  assert.equal(texts[4], "Gemaakt op 30 november 2026 met het werkblad van de kennisbank " +
    "leerlingenbegeleiding school-CLB: https://example.org/leidraad/werkblad/");
  assert.match(files["docProps/core.xml"], /<dc:title>Samenwerkingsafspraken school-CLB – Basisschool Het Voorbeeld – CLB Voorbeeldstad – 23 november 2026<\/dc:title>/);
  assert.match(files["docProps/core.xml"], /<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-30T00:00:00Z<\/dcterms:created>/);
});

test("an empty school, CLB or date is a line to write on", () => {
  const xml = parts(sampleDoc({ school: "", clb: " ", date: "", generated: "", siteUrl: "" }))["word/document.xml"];
  const [, school, clb, date, made] = paragraphs(xml);
  for (const p of [school, clb, date]) assert.match(p.xml, /<w:u w:val="single"\/><\/w:rPr><w:tab\/>/);
  assert.equal(school.text, "School: \t");
  assert.equal(made.text, "Gemaakt met het werkblad van de kennisbank leerlingenbegeleiding school-CLB.");
});

test("each question is in a numbered list, marked as the leidraad's or as an addition", () => {
  const files = parts(sampleDoc());
  const questions = paragraphs(files["word/document.xml"]).filter((p) => p.style === "ListParagraph");
  assert.deepEqual(questions.slice(0, 2).map((p) => p.text), [
    "Eerste vraag van rubriek 1? (uit de leidraad)",
    "Tweede vraag van rubriek 1? (aanvulling van de kennisbank)",
  ]);
  // Each rubric's list starts at 1: its own numbering instance, restarted.
  const numIds = questions.map((p) => /<w:numId w:val="(\d+)"\/>/.exec(p.xml)[1]);
  assert.deepEqual(numIds, ["1", "1", "2", "2", "3", "3"]);
  for (const id of new Set(numIds)) {
    assert.match(files["word/numbering.xml"], new RegExp(`<w:num w:numId="${id}"><w:abstractNumId w:val="0"/>` +
      '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'));
  }
});

test("answers keep their line breaks, and an empty answer is an empty box to write in", () => {
  const xml = parts(sampleDoc())["word/document.xml"];
  const all = paragraphs(xml);
  const answers = all.filter((p) => p.style === "Antwoord").map((p) => p.text);
  assert.deepEqual(answers, ["Eerste regel", "Tweede regel", "", "", "", "",
    "De zorgcoördinator belt elke eerste maandag."]);
  // The empty box stays on one page.
  const box = all.filter((p) => p.style === "Antwoord").slice(2, 6).map((p) => p.xml.includes("<w:keepNext/>"));
  assert.deepEqual(box, [true, true, true, false]);
  // The box is a border around the answer's paragraphs.
  assert.match(parts(sampleDoc())["word/styles.xml"],
    /w:styleId="Antwoord">.*?<w:pBdr><w:top w:val="single"[^>]*\/><w:left [^>]*\/><w:bottom [^>]*\/><w:right [^>]*\/><\/w:pBdr>/);
  const tabbed = parts(sampleDoc({ rubrics: [rubric(5, "afspraken", "a\tb\r\nc\rd")] }))["word/document.xml"];
  assert.deepEqual(paragraphs(tabbed).filter((p) => p.style === "Antwoord").map((p) => p.text), ["a\tb", "c", "d"]);
  // A tab is Word's tab element: in the text of a run it would show as a space.
  assert.match(tabbed, /<w:t xml:space="preserve">a<\/w:t><\/w:r><w:r><w:tab\/><\/w:r><w:r><w:t xml:space="preserve">b</);
  assert.doesNotMatch(tabbed, /\t/);
});

test("the signature block is a table with name, function, date and signature for each partner", () => {
  const xml = parts(sampleDoc({ signatures: ["School", "CLB", "Scholengemeenschap"] }))["word/document.xml"];
  const table = /<w:tbl>.*<\/w:tbl>/.exec(xml)[0];
  const rows = [...table.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map(([, row]) =>
    [...row.matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map(([, cell]) => textOf(cell).trim()));
  assert.deepEqual(rows, [
    ["", "School", "CLB", "Scholengemeenschap"],
    ["Naam", "", "", ""], ["Functie", "", "", ""], ["Datum", "", "", ""], ["Handtekening", "", "", ""],
  ]);
  assert.match(table, /<w:tblHeader\/>/, "the partners' row repeats as a header");
  assert.ok(xml.indexOf("Ondertekening") < xml.indexOf("<w:tbl>"));
});

test("the footer numbers the pages: pagina X van Y with PAGE and NUMPAGES", () => {
  const files = parts(sampleDoc());
  const footer = files["word/footer1.xml"];
  assert.equal(textOf(footer).replace(/\s+/g, " ").trim(), "pagina 1 van 1");
  assert.match(footer, /pagina <\/w:t>.*<w:fldChar w:fldCharType="begin"\/>.*<w:instrText[^>]*> PAGE <\/w:instrText>.*van .*<w:instrText[^>]*> NUMPAGES <\/w:instrText>.*<w:fldChar w:fldCharType="end"\/>/);
  assert.match(files["word/document.xml"], /<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"\/>/);
  assert.match(files["word/_rels/document.xml.rels"], /Id="rIdFooter" Type="[^"]+\/footer" Target="footer1.xml"/);
});

test("the language is Dutch (Belgium), in the styles and the properties", () => {
  const files = parts(sampleDoc());
  assert.match(files["word/styles.xml"], /<w:docDefaults><w:rPrDefault><w:rPr>.*<w:lang w:val="nl-BE"/);
  assert.match(files["docProps/core.xml"], /<dc:language>nl-BE<\/dc:language>/);
});

test("the history is an annex after a page break, and only when there is one", () => {
  const without = parts(sampleDoc())["word/document.xml"];
  assert.ok(!without.includes("Bijlage") && !without.includes('w:type="page"'));
  const xml = parts(sampleDoc({ history: [{ date: "2025-06-20", label: "Evaluatie 2025",
    rubrics: [rubric(5, "afspraken", "Oude afspraak\nTweede regel"), rubric(6, "afspraken", "")] }] }))["word/document.xml"];
  const all = paragraphs(xml);
  const annex = all.findIndex((p) => p.text === "Bijlage: eerdere versies");
  assert.ok(annex > 0);
  assert.match(all[annex - 1].xml, /<w:br w:type="page"\/>/);
  assert.ok(all.findIndex((p) => p.text === "Ondertekening") < annex, "after the signatures");
  assert.deepEqual(all.slice(annex + 2).map((p) => `${p.style}: ${p.text}`), [
    "Heading2: Evaluatie 2025 (20 juni 2025)",
    "Heading3: Rubriek 5 - Titel van rubriek 5",
    "Heading4: Afspraken", "Antwoord: Oude afspraak", "Antwoord: Tweede regel",
    "Heading3: Rubriek 6 - Titel van rubriek 6",
    "Heading4: Afspraken", "Herkomst: Niet ingevuld.",
  ]);
});

test("the evaluation shows its frequency and next date, and is left out without one", () => {
  const texts = paragraphs(parts(sampleDoc())["word/document.xml"]).map((p) => p.text);
  assert.ok(texts.includes("Hoe vaak: Elk schooljaar"));
  assert.ok(texts.includes("Volgende evaluatie: 30 juni 2027"));
  const none = paragraphs(parts(sampleDoc({ evaluation: null }))["word/document.xml"]).map((p) => p.text);
  assert.ok(!none.includes("Evaluatie"));
});

test("dates are written in Dutch; anything else as it is", () => {
  assert.equal(dutchDate("2026-11-30"), "30 november 2026");
  assert.equal(dutchDate("2027-01-05"), "5 januari 2027");
  assert.equal(dutchDate("volgend jaar"), "volgend jaar");
  assert.equal(dutchDate("2026-13-01"), "2026-13-01");
  assert.equal(dutchDate(""), "");
});
