/* Folding: how a typed word and a word of the site are compared, as
 * macros/search_terms.fold and word_key do when they write the word list. */

// Lower case without diacritics: "Zorgcontinuüm" -> "zorgcontinuum".
export function fold(text) {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

// How a word is looked up: folded, '@' as 'a', no other symbols ("CLBch@t" -> "clbchat").
export function key(word) {
  return fold(word).replace(/@/g, "a").replace(/[^\p{L}\p{N}]+/gu, "");
}
