// Enhancement only: every page works without it. After each step, move keyboard and
// screen-reader focus to what changed: a notice if there is one, else the question.
document.addEventListener("DOMContentLoaded", () => {
  const target = document.querySelector(".notice") || document.getElementById("question");
  if (target) target.focus({ preventScroll: false });
  for (const form of document.querySelectorAll("form")) {
    form.addEventListener("submit", () => {
      // One tap, one answer: ignore further taps while the page is on its way.
      setTimeout(() => form.querySelectorAll("button").forEach((b) => (b.disabled = true)), 0);
    });
  }
});
