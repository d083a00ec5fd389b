// Fiches (fiches/): the print button. It is hidden in the HTML because without
// JavaScript it could do nothing; the browser's own print command still works then.
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  document.querySelectorAll("[data-fiche-knoppen]").forEach(function (buttons) {
    var button = buttons.querySelector("[data-fiche-afdrukken]");
    if (!button) return;
    button.addEventListener("click", function () {
      window.print();
    });
    buttons.hidden = false;
  });
});
