// A table wider than the screen scrolls sideways, in the wrapper Material puts around it
// (.md-typeset__scrollwrap). A keyboard can only scroll what it can reach (WCAG 2.1.1):
// while the table does not fit, its wrapper takes focus (tabindex="0"), as Material does
// for a code block that does not fit. Where it fits, it is no extra stop for Tab.
document$.subscribe(function () {
  "use strict";
  var wrappers = document.querySelectorAll(".md-typeset__scrollwrap");
  function update(wrapper) {
    if (wrapper.scrollWidth > wrapper.clientWidth) {
      wrapper.setAttribute("tabindex", "0");
    } else {
      wrapper.removeAttribute("tabindex");
    }
  }
  if (!wrappers.length) return;
  var observer = new ResizeObserver(function (entries) {
    entries.forEach(function (entry) { update(entry.target); });
  });
  wrappers.forEach(function (wrapper) { observer.observe(wrapper); });
});
