## Words every dialog and channel shares.

progress = Fråga { $current } av { $total }
context-option = { $label }

action-continue = Fortsätt
action-done = Klar
action-skip = Hoppa över
action-back = Tillbaka
action-pause = Pausa
action-help = Vad betyder det?
action-send = Skicka

scale-good = Bra
scale-ok = Sådär
scale-bad = Inte bra
scale-1 = 1 Mycket dåligt
scale-2 = 2 Dåligt
scale-3 = 3 Mittemellan
scale-4 = 4 Bra
scale-5 = 5 Mycket bra
scale-dont-know = Vet inte

share-meeting = Mötet får se
share-coordinator = Bara min samordnare
share-private = Bara jag
share-default-note = Om du inte väljer, ser bara din samordnare svaret.
review-empty = Du har inte svarat på något. Det går bra.
review-skipped = Inget svar

notice-invalid-option = Det svaret finns inte här. Välj ett av svaren.
notice-empty-text = Skriv något, eller välj Hoppa över.
notice-too-long = Texten är för lång. Skriv högst { $max } tecken.
notice-stale = Den knappen hör till en annan fråga. Här är frågan du är på nu.
notice-need-choice = Välj minst ett svar, eller välj Hoppa över.
notice-not-understood = Jag förstod inte. Här är frågan igen.
notice-paused = Dina svar är sparade. Du kan fortsätta när du vill.
notice-resumed = Välkommen tillbaka! Vi fortsätter där du var.
notice-finished = Tack! Du är klar.
notice-first-step = Det här är första frågan.
notice-no-help = Här finns ingen mer förklaring.
notice-some-swedish = En del text finns bara på svenska.

picto-wave = En hand som vinkar
picto-star = En stjärna
picto-question = Ett frågetecken
picto-checklist = En lista att bocka av
picto-heart = Ett hjärta
picto-happy = Ett glatt ansikte
picto-neutral = Ett ansikte som varken är glatt eller ledset
picto-sad = Ett ledset ansikte
picto-dont-know = En person som rycker på axlarna
picto-point-1 = Ett ledset ansikte
picto-point-2 = Ett lite ledset ansikte
picto-point-3 = Ett ansikte mittemellan
picto-point-4 = Ett lite glatt ansikte
picto-point-5 = Ett glatt ansikte
picto-school = En skola
picto-family = En familj
picto-friends = Två händer som hälsar
picto-home = Ett hus
picto-health = Ett sjukhus
picto-future = En kristallkula
picto-free-time = En fotboll
picto-getting-around = En buss
picto-thumbs-up = En tumme upp
picto-thumbs-down = En tumme ner
picto-speech = En pratbubbla
picto-pencil = En penna
picto-meeting = Två personer
picto-stop = En stoppskylt

console-hint-info = Tryck Enter för att fortsätta. /help förklarar, /back går tillbaka, /pause pausar.
console-hint-choice = Skriv siffran för ditt svar. /skip hoppar över, /help förklarar.
console-hint-multi = Skriv siffrorna, till exempel 1,3. /skip hoppar över, /help förklarar.
console-hint-text = Skriv ditt svar. /skip hoppar över, /help förklarar.
console-hint-review = Skriv ok för att skicka. Eller skriv till exempel 2 meeting, 2 coordinator eller 2 private.

print-intro = Sätt ett kryss i rutan för ditt svar. Du kan hoppa över frågor. Skriv på linjerna om du vill.
print-page = Sida { $page } av { $total }
print-attribution = Bilder: OpenMoji (openmoji.org), licens CC BY-SA 4.0
print-group-heading = Om du valde: { $option }
