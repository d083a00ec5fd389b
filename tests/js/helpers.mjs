// Shared by the worksheet's logic tests: a localStorage stand-in and the page's fields.

/** A Storage in memory; `fail(name)` makes every later setItem throw a DOMException-like
 * error of that name (e.g. 'QuotaExceededError'). */
export class FakeStorage {
  constructor(entries = {}) {
    this.map = new Map(Object.entries(entries));
    this.failing = null;
  }

  get length() {
    return this.map.size;
  }

  key(index) {
    return [...this.map.keys()][index] ?? null;
  }

  getItem(key) {
    return this.map.has(key) ? this.map.get(key) : null;
  }

  setItem(key, value) {
    if (this.failing) {
      const error = new Error("storage refused");
      error.name = this.failing;
      throw error;
    }
    this.map.set(key, String(value));
  }

  removeItem(key) {
    this.map.delete(key);
  }

  fail(name) {
    this.failing = name;
  }
}

/** The field kinds of a small worksheet, as the page reads them from its form. */
export const KINDS = {
  "gesprek-datum": "date",
  "gesprek-aanwezigen": "textarea",
  "rubriek-1-centrum": "text",
  "rubriek-1-centrum-gegevens": "textarea",
  "rubriek-1-centrumbestuur": "textarea",
  "rubriek-1-school": "text",
  "rubriek-1-scholen": "textarea",
  "rubriek-2-notities": "textarea",
  "rubriek-3-notities": "textarea",
  "rubriek-4-notities": "textarea",
  "rubriek-5-afspraken": "textarea",
  "rubriek-6-afspraken": "textarea",
  "rubriek-8-afspraken": "textarea",
  "rubriek-8-frequentie": "text",
  "rubriek-8-volgende-evaluatie": "date",
  "rubriek-8-stopzetting": "textarea",
};
