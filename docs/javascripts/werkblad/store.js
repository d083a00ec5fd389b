// The worksheets kept in this browser: one localStorage key per worksheet, so two tabs
// on two worksheets never overwrite each other, and the list is read from the records
// themselves, so it cannot disagree with them. Every record also lives in memory: when
// storage is full or blocked, nothing typed is lost while the page is open, and the
// caller can say so and offer the export. No DOM: the storage is passed in.

import { fromStorage, hasContent, summary } from "./model.js";

export const PREFIX = "kennisbank-werkblad-v2:";
export const CURRENT = "kennisbank-werkblad-v2-huidig";
export const V1_KEY = "kennisbank-werkblad-v1";
// The worksheet of version 1 gets this id, so a migration that runs twice makes one record.
export const V1_ID = "w-v1";

/** 'vol' when storage is full, 'geblokkeerd' when the browser refuses it. */
export function failure(error) {
  const name = error && error.name;
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" ? "vol" : "geblokkeerd";
}

const parse = (text) => {
  try {
    return JSON.parse(text);
  } catch (error) {
    return null;
  }
};

/** The store over `getStorage()`, e.g. () => localStorage. */
export function openStore(getStorage) {
  let storage = null;
  const records = new Map();
  const state = { failure: null, unreadable: [] };
  try {
    storage = getStorage();
    storage.getItem(CURRENT);
  } catch (error) {
    storage = null;
    state.failure = "geblokkeerd";
  }
  let current = null;

  function read(key, text) {
    const data = parse(text);
    const record = data && data.versie !== 1 ? fromStorage(data) : null;
    if (record && PREFIX + record.id === key) return record;
    state.unreadable.push(key);
    return null;
  }

  // Returns null, or 'vol' / 'geblokkeerd' when the record stays in memory only.
  function write(record) {
    if (!storage) return state.failure;
    try {
      if (hasContent(record)) storage.setItem(PREFIX + record.id, JSON.stringify(record));
      else storage.removeItem(PREFIX + record.id);
      state.failure = null;
    } catch (error) {
      state.failure = failure(error);
    }
    return state.failure;
  }

  if (storage) {
    const keys = [];
    for (let i = 0; i < storage.length; i += 1) keys.push(storage.key(i));
    for (const key of keys.filter((k) => k && k.startsWith(PREFIX))) {
      const record = read(key, storage.getItem(key));
      if (record) records.set(record.id, record);
    }
    current = storage.getItem(CURRENT);
    // The single worksheet of version 1 joins the list; its key goes only once it is.
    const old = storage.getItem(V1_KEY);
    if (old !== null) {
      const data = parse(old);
      const record = data && data.versie === 1 ? fromStorage(data) : null;
      if (!record) {
        state.unreadable.push(V1_KEY);
      } else {
        if (!records.has(V1_ID)) {
          records.set(V1_ID, { ...record, id: V1_ID });
          write(records.get(V1_ID));
          current = current || V1_ID;
        }
        try {
          if (!state.failure) storage.removeItem(V1_KEY);
        } catch (error) {
          // Read again next time; the fixed id keeps it one worksheet.
        }
      }
    }
  }

  return {
    state,
    /** Summaries of every worksheet, the last changed first. */
    list() {
      return [...records.values()].map(summary).sort((a, b) => b.gewijzigd.localeCompare(a.gewijzigd));
    },
    get: (id) => records.get(id) || null,
    /** Keeps `record` in memory and in storage; null, or why storage failed. */
    put(record) {
      records.set(record.id, record);
      return write(record);
    },
    remove(id) {
      records.delete(id);
      if (!storage) return state.failure;
      try {
        storage.removeItem(PREFIX + id);
      } catch (error) {
        return failure(error);
      }
      return null;
    },
    /** The worksheet opened last, if it still exists. */
    current: () => (records.has(current) ? current : null),
    setCurrent(id) {
      current = id;
      try {
        if (storage) storage.setItem(CURRENT, id);
      } catch (error) {
        // Only which worksheet opens next time: not worth a message.
      }
    },
    /** Another tab changed `key`: the record it now holds, or null when it is gone;
     * undefined when the key is not a worksheet's or cannot be read. */
    changed(key, text) {
      if (!key || !key.startsWith(PREFIX)) return undefined;
      const id = key.slice(PREFIX.length);
      if (text === null) {
        records.delete(id);
        return null;
      }
      const record = read(key, text);
      if (record) records.set(id, record);
      return record || undefined;
    },
  };
}
