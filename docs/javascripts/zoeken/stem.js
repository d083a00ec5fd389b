/* The classic Snowball Dutch (Porter) stemmer, https://snowballstem.org/algorithms/dutch/stemmer.html,
 * as rust-stemmers "Dutch" in Pagefind. The catalogue's own word index stems words as Pagefind
 * does, so a query finds the same practices ("scholen" and "school" both give "schol").
 * It takes a folded word (lower case, no diacritics) and returns its stem. */

export function stem(word) {
  // A vowel, with "I" and "Y" (a marked i or y) as consonants.
  const isVowel = (ch) => ch !== undefined && "aeiouy".includes(ch);
  // Drops the last letter of a doubled "dd", "kk" or "tt" at the end ("bedd" -> "bed").
  const undouble = (text) => (/(dd|kk|tt)$/.test(text) ? text.slice(0, -1) : text);

  // Prelude: "Y" for an initial y and a y after a vowel, "I" for an i between vowels.
  const chars = [...word];
  if (chars[0] === "y") chars[0] = "Y";
  for (let k = 1; k < chars.length; k++) {
    if (!isVowel(chars[k - 1])) continue;
    if (chars[k] === "i" && isVowel(chars[k + 1])) chars[k] = "I";
    else if (chars[k] === "y") chars[k] = "Y";
  }
  let w = chars.join("");

  // R1 and R2 as string positions: each starts after the first consonant that follows a
  // vowel (R2 searched from where R1 starts before its adjustment); R1 leaves at least 3 letters.
  const n = w.length;
  const regionAfter = (from) => {
    let k = from;
    while (k < n && !isVowel(w[k])) k++;
    while (k < n && isVowel(w[k])) k++;
    return k < n ? k + 1 : n;
  };
  const end1 = regionAfter(0);
  const r1 = Math.max(end1, 3);
  const r2 = regionAfter(end1);
  const inR1 = (suffix) => w.length - suffix.length >= r1;
  const inR2 = (suffix) => w.length - suffix.length >= r2;
  // The letter before a suffix; R1 and R2 leave at least 3 letters, so there is one.
  const before = (suffix) => w[w.length - suffix.length - 1];

  // An "en"/"ene" ending goes in R1 after a consonant, but not after "gem"; then undouble.
  const enEnding = (suffix) => {
    if (!inR1(suffix) || isVowel(before(suffix))) return false;
    const rest = w.slice(0, -suffix.length);
    if (rest.endsWith("gem")) return false;
    w = undouble(rest);
    return true;
  };

  // Step 1: the longest of "heden", "ene", "en", "se", "s".
  const s1 = ["heden", "ene", "en", "se", "s"].find((s) => w.endsWith(s));
  if (s1 === "heden") {
    if (inR1(s1)) w = w.slice(0, -s1.length) + "heid";
  } else if (s1 === "ene" || s1 === "en") {
    enEnding(s1);
  } else if (s1 === "se" || s1 === "s") {
    const b = before(s1);
    if (inR1(s1) && !isVowel(b) && b !== "j") w = w.slice(0, -s1.length);
  }

  // Step 2 (also after "lijk" in step 3b): an "e" in R1 after a consonant; then undouble.
  let eFound = false;
  const eEnding = () => {
    eFound = false;
    if (!w.endsWith("e") || !inR1("e") || isVowel(before("e"))) return;
    w = undouble(w.slice(0, -1));
    eFound = true;
  };
  eEnding();

  // Step 3a: "heid" in R2, not after "c"; then an "en" ending as in step 1.
  if (w.endsWith("heid") && inR2("heid") && before("heid") !== "c") {
    w = w.slice(0, -4);
    if (w.endsWith("en")) enEnding("en");
  }

  // Step 3b: one of "end", "ing", "ig", "lijk", "baar", "bar", in R2.
  const s3 = ["end", "ing", "ig", "lijk", "baar", "bar"].find((s) => w.endsWith(s));
  if (s3 !== undefined && inR2(s3)) {
    if (s3 === "end" || s3 === "ing") {
      w = w.slice(0, -s3.length);
      if (w.endsWith("ig") && inR2("ig") && before("ig") !== "e") w = w.slice(0, -2);
      else w = undouble(w);
    } else if (s3 === "ig") {
      if (before(s3) !== "e") w = w.slice(0, -2);
    } else if (s3 === "lijk") {
      w = w.slice(0, -4);
      eEnding();
    } else if (s3 === "baar") {
      w = w.slice(0, -4);
    } else if (s3 === "bar" && eFound) {
      w = w.slice(0, -3);
    }
  }

  // Step 4: undouble a vowel between consonants at the end ("aa", "ee", "oo", "uu").
  const m = w.length;
  if (m >= 4 && w[m - 1] !== "I" && !isVowel(w[m - 1]) && /(aa|ee|oo|uu)$/.test(w.slice(0, -1))
      && !isVowel(w[m - 4])) {
    w = w.slice(0, m - 2) + w[m - 1];
  }

  // Postlude: the marked "I" and "Y" back to lower case.
  return w.replace(/I/g, "i").replace(/Y/g, "y");
}
