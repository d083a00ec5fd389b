// On paper a link cannot be clicked: give every content link its full address, which
// print.css shows after the link text. Without JavaScript, print.css still shows the
// addresses of external links.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".md-content a[href]").forEach(function (link) {
    var href = link.getAttribute("href");
    if (!href || href.charAt(0) === "#" || link.classList.contains("headerlink") ||
        link.classList.contains("vraaglink") || link.closest(".md-content__button, .md-source-file")) {
      return;
    }
    link.setAttribute("data-print-href", link.href);
  });
});
