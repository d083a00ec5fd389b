// Writes the .docx of a worksheet: the doc (see docs/javascripts/werkblad-docx.js) as JSON
// on standard input, the file's bytes on standard output. Used by tests/test_worksheet_docx.py.
import { readFileSync } from "node:fs";

import { worksheetDocx } from "../../docs/javascripts/werkblad-docx.js";

const doc = JSON.parse(readFileSync(0, "utf-8"));
process.stdout.write(worksheetDocx(doc));
