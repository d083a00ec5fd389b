// Placeholder for the Word writer (issue 19, part 4), which replaces this file: the
// worksheet page loads it only when a reader asks for a .docx. Same export as the real
// one: worksheetDocx(doc) -> Uint8Array (or a Promise of one).

export function worksheetDocx() {
  throw new Error("Het Word-document is nog niet beschikbaar.");
}
