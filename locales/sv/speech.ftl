## Read-aloud: the words around a question when it is heard instead of read.

action-listen = Lyssna
speech-option = Svar { $number }: { $label }
speech-choose-many = Du kan välja flera svar.
speech-unavailable = Uppläsningen fungerar inte just nu. Texten finns kvar här.
console-hint-listen = Skriv /lyssna så läses frågan upp.
console-audio = Ljudet finns här: { $path }
