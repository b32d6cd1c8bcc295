// LIX next to every "i enkla ord" field while the coordinator types (the same count as
// bot/easyread.py: words per sentence + percent of words longer than six letters).
"use strict";
(function () {
  const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
  const END = /[.!?:]+|\n+/;
  function lix(text) {
    const sentences = text.split(END).filter((s) => (s.match(WORD) || []).length);
    const words = text.match(WORD) || [];
    if (!words.length) return null;
    const long = words.filter((w) => w.replace(/[-'’]/g, "").length > 6).length;
    return Math.round((words.length / sentences.length + (100 * long) / words.length) * 10) / 10;
  }
  for (const field of document.querySelectorAll("textarea[data-lix-limit]")) {
    const output = field.parentElement.nextElementSibling;
    const limit = Number(field.dataset.lixLimit);
    const show = () => {
      const value = lix(field.value);
      output.textContent = value === null ? "" : "LIX " + value;
      output.classList.toggle("too-hard", value !== null && value > limit);
    };
    field.addEventListener("input", show);
    show();
  }
})();
