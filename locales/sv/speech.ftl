## Read-aloud: the words around a question when it is heard instead of read.

action-listen = Lyssna
speech-option = Svar { $number }: { $label }
speech-choose-many = Du kan välja flera svar.
speech-review-item = Fråga { $number }: { $question } Du svarade: { $answer }
speech-review-share = { $share ->
        [meeting] Mötet får se svaret.
        [private] Bara du ser svaret.
       *[coordinator] Bara din samordnare får se svaret.
    }
speech-unavailable = Uppläsningen fungerar inte just nu. Texten finns kvar här.
console-hint-listen = Skriv /lyssna så läses frågan upp.
console-audio = Ljudet finns här: { $path }
console-audio-once = Svaren lästes upp ({ $size } byte ljud). Ljudet sparas inte.
