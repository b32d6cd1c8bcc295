## The easy-read web pages for families (bot/web/family.py).

web-lang-name = Svenska
web-lang-label = Språk
web-site-name = Delaktig
web-logout = Logga ut och dölj mina svar
web-chosen = Ditt svar nu
web-your-answer = Ditt svar
web-multi-hint = Välj en eller flera. Tryck sedan på Klar.
web-text-hint = Du kan skriva högst { $max } tecken.
web-date-hint = Tryck och välj en dag. Du kan också skriva så här: 2027-06-30.
web-share-legend = Vem får se svaret?
web-share-all-label = Vem får se dina svar?
web-call-112 = Ring 112
web-call-bris = Ring Bris 116 111
web-controls = Fler val
web-stop-hint = Vill du sluta? Tryck på Pausa. Dina svar är sparade.
web-paused-title = Paus
web-paused-body = Dina svar är sparade. Du kan fortsätta nu eller senare.
web-continue = Fortsätt
web-notice-label = Meddelande

web-min-rost-title = Min röst
web-min-rost-intro = Det här vill jag att mötet vet.
web-min-rost-empty = Du valde att inte visa något för mötet. Det går bra.
web-min-rost-offer = Här är din sida till mötet. Den har bara svaren du ville visa för mötet.
web-min-rost-png = Min röst som bild
web-min-rost-pdf = Min röst som PDF

web-invite-invalid-title = Länken fungerar inte
web-invite-invalid-body = Länken är redan använd, eller för gammal. Be den vuxna som skickade länken om en ny.
web-help-now-title = Jag behöver hjälp nu
web-help-now-body = Du kan få hjälp direkt. Du behöver ingen kod för det.
web-expired-title = Du är utloggad
web-expired-body = Det gick en stund, så vi loggade ut dig. Dina svar är sparade. Öppna din länk igen för att fortsätta.
web-logged-out-title = Du är utloggad
web-logged-out-body = Dina svar är sparade och dolda. Öppna din länk igen och skriv din kod när du vill fortsätta.
web-csrf-title = Något gick fel
web-csrf-body = Sidan var för gammal. Inget ändrades. Gå tillbaka till frågan och försök igen.
web-too-large-title = Texten är för lång
web-too-large-body = Det du skickade var för långt. Inget ändrades. Gå tillbaka och skriv en kortare text.
web-gone-title = Det här finns inte kvar
web-gone-body = Det du letar efter finns inte kvar här. Fråga din samordnare om du undrar varför.
web-not-found-title = Sidan finns inte
web-not-found-body = Vi hittar inte den här sidan. Titta på länken igen. Eller fråga den vuxna som gav dig länken.
web-bad-input-title = Något gick fel
web-bad-input-body = Vi kunde inte läsa det du skickade. Inget ändrades. Gå tillbaka och försök igen.
web-refused-title = Det gick inte
web-refused-body = Det du ville göra gick inte nu. Inget ändrades. Fråga din samordnare om du behöver hjälp.
web-error-title = Något gick fel hos oss
web-error-body = Det är inte ditt fel. Försök igen om en stund. Fråga din samordnare om det inte går.
web-back-to-question = Tillbaka till frågan

web-withdraw = Ta tillbaka mitt ja till SIP
web-withdraw-title = Ta tillbaka ditt ja
web-too-many-title = Vänta en stund
web-too-many-body = Många länkar som inte fungerar har öppnats härifrån. Vänta en stund och försök igen. Be annars den vuxna som skickade länken om hjälp.

web-listen-question = Lyssna på frågan
web-listen-help = Lyssna på hjälpen
web-listen-voice = Läs upp frågan
web-listen-review = Läs upp alla svar

## The invite's landing page and the person's own code (bot/services/access.py)
landing-title = Hej!
landing-body = Tryck på Börja.
landing-start = Börja
code-choose-title = Välj din egen kod
code-choose-pictures = Tryck på tre bilder. De blir din kod. Bara du ska veta den.
code-remember = Det här är din kod. Kom ihåg bilderna och ordningen. Du behöver dem nästa gång.
code-chosen = Du har valt { $count } av 3 bilder
code-slot-empty = Tom plats
code-slot-filled = En bild är vald
code-save = Spara min kod
code-restart = Börja om
code-undo = Ta bort den sista bilden
code-use-digits = Använd siffror i stället
code-use-pictures = Använd bilder i stället
code-choose-digits = Skriv { $min } till { $max } siffror. De blir din kod. Bara du ska veta den.
code-digits-label = Din kod
code-enter-title = Skriv din kod
code-enter-pictures = Tryck på dina tre bilder i rätt ordning.
code-enter-digits = Skriv dina siffror.
code-open = Öppna
code-wrong = Det var inte rätt kod. { $left ->
    [one] Du kan försöka en gång till.
   *[other] Du kan försöka { $left } gånger till.
}
code-bad = Koden ska vara tre bilder, eller 4 till 6 siffror.
code-forgot = Har du glömt din kod? Be den vuxna som skickade länken om en ny länk.
web-invite-locked-title = Länken är låst
web-invite-locked-body = Koden blev fel fem gånger. Därför är länken låst. Be den vuxna som skickade länken om en ny länk.
web-draft-kept-title = Det du skrev är sparat
web-draft-kept-body = Det gick en stund, så vi loggade ut dig. Öppna din länk igen och skriv din kod. Då finns det du skrev kvar.
web-draft-back = Det här skrev du förra gången. Tryck på Skicka när du vill.
