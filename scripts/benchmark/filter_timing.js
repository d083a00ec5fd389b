// Times the catalogue filter in the page: for each of the first `rounds` tasks, from the
// change event until the list answers the choice (catalogus.js sets data-catalogus-antwoord
// to the address it answers) and is laid out. The first choice includes loading the
// filters' index, which the catalogue fetches only then.
// Evaluated by reader.filter_time with Playwright; returns {times, values, counter} or
// {error}.
async (rounds) => {
  const select = document.querySelector('#filter-opdracht');
  const counter = document.querySelector('[data-catalogus-teller]');
  const root = document.querySelector('[data-catalogus]');
  if (!select || !counter || !root) return {error: '#filter-opdracht, [data-catalogus-teller] of [data-catalogus] ontbreekt'};
  const values = [...select.options].map(o => o.value).filter(v => v).slice(0, rounds);
  const answered = () => root.getAttribute('data-catalogus-antwoord') === location.search;
  const until = (done) => new Promise(resolve => {
    if (done()) return resolve(true);
    const observer = new MutationObserver(() => {
      if (done()) { observer.disconnect(); resolve(true); }
    });
    observer.observe(root, {attributes: true, childList: true, characterData: true, subtree: true});
    setTimeout(() => { observer.disconnect(); resolve(false); }, 5000);
  });
  const times = [];
  for (const value of values) {
    // Start from 'all' each time, so the list always changes.
    select.value = '';
    select.dispatchEvent(new Event('change', {bubbles: true}));
    if (!await until(answered)) return {error: 'de lijst antwoordde niet binnen 5 s (alle praktijken)'};
    await new Promise(r => requestAnimationFrame(() => setTimeout(r, 50)));
    const start = performance.now();
    select.value = value;
    select.dispatchEvent(new Event('change', {bubbles: true}));
    if (!await until(answered)) return {error: 'de lijst antwoordde niet binnen 5 s'};
    // Force style and layout, so the time includes the list as it will be drawn.
    void document.body.offsetHeight;
    times.push(performance.now() - start);
  }
  return {times, values, counter: counter.textContent};
}
