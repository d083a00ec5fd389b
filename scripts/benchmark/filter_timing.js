// Times the catalogue filter in the page: for each of the first `rounds` tasks, from the
// change event until the counter shows the new count and the list is laid out.
// Evaluated by reader.filter_time with Playwright; returns {times, values, counter} or
// {error}.
async (rounds) => {
  const select = document.querySelector('#filter-opdracht');
  const counter = document.querySelector('[data-catalogus-teller]');
  if (!select || !counter) return {error: '#filter-opdracht of [data-catalogus-teller] ontbreekt'};
  const values = [...select.options].map(o => o.value).filter(v => v).slice(0, rounds);
  const times = [];
  for (const value of values) {
    // Start from 'all' each time, so the counter text always changes.
    select.value = '';
    select.dispatchEvent(new Event('change', {bubbles: true}));
    await new Promise(r => requestAnimationFrame(() => setTimeout(r, 50)));
    const before = counter.textContent;
    const start = performance.now();
    select.value = value;
    select.dispatchEvent(new Event('change', {bubbles: true}));
    if (counter.textContent === before) {
      // Not synchronous (a redesigned filter may be): wait for the counter to change.
      const changed = await new Promise(resolve => {
        const observer = new MutationObserver(() => {
          if (counter.textContent !== before) { observer.disconnect(); resolve(true); }
        });
        observer.observe(counter, {childList: true, characterData: true, subtree: true});
        setTimeout(() => { observer.disconnect(); resolve(false); }, 5000);
      });
      if (!changed) return {error: 'de teller veranderde niet binnen 5 s'};
    }
    // Force style and layout, so the time includes the list as it will be drawn.
    void document.body.offsetHeight;
    times.push(performance.now() - start);
  }
  return {times, values, counter: counter.textContent};
}
