## Samtycke: status, ta tillbaka, barnets svar (bot/services/consent.py, sharing.py)

withdraw-confirm = Vill du ta tillbaka ditt ja? Då slutar vi med SIP direkt. Alla inbjudningar slutar gälla. Den som ordnar mötet får veta det.
withdraw-confirm-yes = Ja, ta tillbaka
withdraw-confirm-no = Nej, fortsätt
withdraw-done = Nu har du tagit tillbaka ditt ja. Ingenting mer delas. Det som redan skrivits här sparas en tid. Sedan tas det bort. Vill du att det tas bort nu? Tryck på knappen.
withdraw-delete-button = Be om att det tas bort nu
withdraw-delete-sent = Vi har sagt till den som ordnar mötet. Hen tar bort det som sparats här.
withdraw-already = Du har redan tagit tillbaka ditt ja. Du behöver inte göra något mer.

actor-without-consent = { $label } (utan samtycke)

consent-status-missing = Inget samtycke än
consent-status-partial = { $given } av { $total } har samtyckt
consent-status-complete = Samtycke finns
consent-status-withdrawn = Samtycket är återtaget
consent-status-expired = Samtycket har gått ut. Be om ett nytt.
consent-gate-missing = Ingen vårdnadshavare har samtyckt än. Inget får delas.
consent-gate-partial = Alla vårdnadshavare har inte samtyckt än. Inget får delas.
consent-gate-withdrawn = Samtycket är återtaget. Inget får delas.
consent-gate-expired = Samtycket har gått ut. Be om ett nytt.
consent-closed = Det går inte att ge samtycke nu. Planen är avslutad eller stoppad. Ring den som bjöd in dig.
consent-error = Det gick inte att spara. Försök igen, eller ring den som bjöd in dig.

sharing-refused = Det här är ditt barns svar. Barnet bestämmer vem som får se dem.
sharing-shown = Ditt barn vill visa dig de här svaren.

child-says-yes = Barnet vill att de vuxna gör en SIP.
child-says-unsure = Barnet vet inte om det vill ha en SIP.
child-says-no = Barnet vill inte att de vuxna gör en SIP. Prata med barnet innan ni går vidare.
child-says-not-answered = Barnet svarade inte på frågan om SIP.
child-view-no = En vårdnadshavare säger att barnet inte vill. Prata med barnet innan ni går vidare.
