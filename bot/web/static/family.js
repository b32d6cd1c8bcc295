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
  addReadAloud();
});

// "Lyssna": a button right under the question. With a voice for the page's language on this
// device, the browser reads the question and its options; else the button plays the server's
// audio element (which, without JavaScript, is the control at the foot of the page).
function addReadAloud() {
  const section = document.querySelector("section.listen");
  const audio = document.getElementById("listen-question");
  if (!section || !audio) return;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "listen-button";
  button.textContent = section.dataset.voiceLabel || section.querySelector("h2").textContent;
  button.addEventListener("click", () => {
    const lang = document.documentElement.lang;
    const synth = window.speechSynthesis;
    const voice = synth && synth.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang));
    if (!voice) {
      audio.play();
      return;
    }
    const words = [document.getElementById("question")]
      .concat(Array.from(document.querySelectorAll(".option .label, .share-default")))
      .map((el) => el.textContent.trim())
      .concat(Array.from(document.querySelectorAll(".review li")).map(reviewWords))
      .join(". ");
    const utterance = new SpeechSynthesisUtterance(words);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    synth.cancel();
    synth.speak(utterance);
  });
  document.getElementById("question").after(button);
  // One clear button: the audio players stay as its fallback, out of sight.
  section.hidden = true;
}

// One review line read aloud in full: the question, the answer, and who may see it.
function reviewWords(item) {
  const part = (selector) => item.querySelector(selector)?.textContent.trim() || "";
  const share = item.querySelector("input:checked")?.parentElement;
  return [part("legend"), part(".given"), part(".share-legend"), share ? share.textContent.trim() : ""]
    .filter(Boolean)
    .join(". ");
}
