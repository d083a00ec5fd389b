// What the worksheet's panels share: building elements (all text stays text), the panel
// area under the buttons, the names of fields as a reader sees them, and saving a file on
// this device. Loaded with the first panel, with the panels' stylesheet.

const style = new Promise((resolve) => {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = new URL("../../stylesheets/werkblad-panelen.css", import.meta.url).href;
  link.onload = resolve;
  link.onerror = resolve; // unstyled beats unusable
  document.head.append(link);
});

/** The panels' stylesheet, once it is there. */
export const styled = () => style;

/** An element: attributes (true for a bare one, false or null for none), then children;
 * strings become text, never markup. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, "");
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, value);
  }
  element.append(...children.flat(Infinity).filter((child) => child !== null && child !== false));
  return element;
}

/** A button of the panels; `data-paneel` names its action. */
export const button = (action, text, extra = {}, ...rest) =>
  el("button", { type: "button", class: "md-button", "data-paneel": action, ...extra }, text, ...rest);

/** A field as a reader knows it: 'Rubriek 5 - Rol- en taakverdeling: Afspraken'. */
export function fieldLabel(form, name) {
  const field = form.querySelector(`[data-werkblad-veld][name="${name}"]`);
  if (!field) return name;
  const section = field.closest("section");
  const heading = document.getElementById(section.getAttribute("aria-labelledby"));
  const label = form.querySelector(`label[for="${field.id}"]`);
  return `${heading.textContent.trim()}: ${label.textContent.trim()}`;
}

/** Shows a panel under the buttons, in place of any other; its heading gets the focus
 * unless `focus` is false (a panel drawn anew while the reader is elsewhere). */
export async function showPanel(sheet, title, children, focus = true) {
  await style;
  const heading = el("h2", { id: "werkblad-paneel-kop", tabindex: "-1" }, title);
  const panel = el("section", { class: "werkblad__paneel", "aria-labelledby": "werkblad-paneel-kop" },
    heading, children);
  sheet.form.querySelector("[data-werkblad-paneel]").replaceChildren(panel);
  if (focus) heading.focus();
  return panel;
}

/** Closes the panel; focus goes back to `target` (the button that opened it). */
export function closePanel(sheet, target) {
  sheet.form.querySelector("[data-werkblad-paneel]").replaceChildren();
  if (target) target.focus();
}

/** The open worksheet with the fields as they stand on screen. */
export function current(sheet) {
  return { ...sheet.record, velden: { ...sheet.record.velden, ...sheet.values() } };
}

/** Saves `blob` as the file `name` on this device: a link to memory, no request. */
export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Puts `record` back as it was: in the form when it is the open one, else in storage. */
export function restore(sheet, record) {
  if (sheet.record.id === record.id) {
    sheet.save(record);
    sheet.open(record);
  } else {
    sheet.store.put(record);
    sheet.overview();
  }
}
