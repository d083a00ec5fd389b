// The worksheet (werkblad) for the agreements between a school and its CLB. What is typed
// stays in this browser (localStorage) and nowhere else: no request leaves the page.
// This script only wakes the form: it shows the buttons, and loads the worksheet itself
// (werkblad/sheet.js) at once when this browser holds a worksheet, otherwise at the first
// keystroke or button. Without JavaScript the page is a paper form; the buttons stay hidden.

const form = document.querySelector("[data-werkblad]");

function saved() {
  try {
    return Object.keys(window.localStorage).some((key) => key.startsWith("kennisbank-werkblad"));
  } catch (error) {
    return true; // storage refused: the worksheet says so itself
  }
}

if (form) {
  const find = (selector) => form.querySelector(selector);
  const touched = new Set();
  let sheet = null;
  const load = () => {
    sheet = sheet || import("./werkblad/sheet.js").then((module) => module.setUp(form, touched), () => {
      sheet = null;
      find("[data-werkblad-melding]").textContent = "Het werkblad kon niet geladen worden. " +
        "Controleer je verbinding en probeer opnieuw; wat je typt, blijft staan zolang de pagina open is.";
    });
    return sheet;
  };
  form.addEventListener("input", (event) => {
    if (!event.target.hasAttribute("data-werkblad-veld")) return;
    touched.add(event.target.name);
    load().then((open) => open && open.typed(event.target));
  });
  form.addEventListener("click", (event) => {
    const button = event.target.closest("[data-werkblad-actie]");
    if (!button) return;
    // A file dialog opens only from the click itself, not after a load.
    if (button.getAttribute("data-werkblad-actie") === "importeren") find("[data-werkblad-bestand]").click();
    else load().then((open) => open && open.act(button));
  });
  find("[data-werkblad-bestand]").addEventListener("change", (event) =>
    load().then((open) => open && open.importFile(event.target)));
  find("[data-werkblad-bijlage]").addEventListener("change", () => load().then((open) => open && open.annex()));
  form.addEventListener("submit", (event) => event.preventDefault());
  form.setAttribute("data-werkblad-actief", "");
  for (const part of form.querySelectorAll("[data-werkblad-knoppen], [data-werkblad-beheer]")) part.hidden = false;
  find("[data-werkblad-zonder-js]").hidden = true;
  if (saved()) load();
}
