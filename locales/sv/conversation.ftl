## The conversation layer: what every channel (console, web, Telegram) says the same way.
## refused-*: why a person cannot go on in their dialog, and who to ask.

refused-withdrawn = En vårdnadshavare har tagit tillbaka sitt ja till SIP. Därför stannar allt här. Det du redan har svarat är sparat. Har du frågor? Prata med din samordnare.
refused-closed = Din SIP är avslutad. Därför kan du inte svara mer här. Har du frågor? Prata med din samordnare.
refused-revoked = Din samordnare har stängt den här inbjudan. Vill du fortsätta? Be din samordnare om en ny inbjudan.
refused-erased = Dina svar är raderade. Vill du börja igen? Be din samordnare om en ny inbjudan.
refused-moved = Du har öppnat din inbjudan på en annan telefon eller dator. Fortsätt där. Behöver du hjälp? Fråga din samordnare.
command-unknown = Det kommandot känner jag inte till.
withdraw-only-guardians = Bara en vårdnadshavare kan ta tillbaka samtycket.
erase-done = Dina svar är raderade. Vill du börja igen? Be om en ny inbjudan.
erase-nothing = Här finns inga svar från dig att radera.
plan-none-yet = Det finns ingen plan än. Du får den efter mötet.
evaluation-none = Just nu finns inga frågor om mötet att svara på.
web-refused-title = Du kan inte svara här just nu
review-held-back = Några svar visas inte på mötet. Dina vårdnadshavare har inte sagt ja till att prata om det. Din samordnare får veta att de finns.
