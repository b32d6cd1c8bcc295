## Utvärdering efter mötet: vårdnadshavare. Högst 20 ord i en mening.

evv-title = Hur var mötet?

evv-welcome = Nu har mötet varit, och vi vill veta hur det var för dig. Det är några korta frågor, och du kan hoppa över de frågor du vill. Sist väljer du om samordnaren får se dina svar. Svaren hjälper oss att göra SIP-mötena bättre.
evv-welcome-help = Vi frågar alla familjer efter mötet. Det finns inga rätta eller fel svar. Enheten ser bara statistik, och bara när minst fem personer har svarat.

evv-was-there = Hur var du med på mötet?
evv-was-there-help = Välj det som stämmer. Om du inte var med, hoppar vi över några frågor.
evv-was-there-whole = Hela mötet
evv-was-there-part = En del av mötet
evv-was-there-remote = Via telefon eller video
evv-was-there-none = Jag var inte med

evv-could-say = Hur bra kunde du säga det du ville säga?
evv-could-say-help = Välj en siffra från 1 till 5, där 5 betyder mycket bra. Du kan också välja Vet inte.

evv-listened = Hur bra lyssnade de andra på mötet på dig?
evv-listened-help = Tänk på om de andra tog det du sa på allvar.

evv-understood = Hur bra förstod du det ni pratade om?
evv-understood-help = Tänk på om de andra använde ord som du förstod, utan fackord.

evv-important-raised = Hur bra tog mötet upp det som är viktigt för er familj?
evv-important-raised-help = Tänk på det du ville ta upp när du förberedde dig.

evv-knows-next = Hur bra vet du vad som händer nu och vem som gör vad?
evv-knows-next-help = Efter mötet finns en plan. Den säger vem som gör vad, och när ni följer upp planen.

evv-knows-whom = Hur bra vet du vem du kan kontakta om något inte fungerar?
evv-knows-whom-help = Det kan vara samordnaren eller en annan person som ni kom överens om på mötet.

evv-people-count = Vad tycker du om antalet personer på mötet?
evv-people-count-help = Ett möte med många personer kan vara svårt för både barn och vuxna.
evv-people-count-too-few = För få
evv-people-count-right = Lagom många
evv-people-count-too-many = För många

evv-feeling = Hur kändes mötet för dig?
evv-feeling-help = Välj det ansikte som passar bäst.

evv-good = Vad var bra med mötet?
evv-good-help = Skriv det som fungerade bra, så att det kan bli likadant nästa gång.

evv-next-time = Vad kan göras annorlunda nästa gång?
evv-next-time-help = Skriv det som kan bli bättre, till exempel förberedelsen, språket eller hur stort mötet var.

evv-coordinator-may-see = Får samordnaren se dina svar?
evv-coordinator-may-see-help = Om du svarar ja, kan samordnaren läsa dina svar och prata med dig om dem. Om du svarar nej, används svaren bara i statistik utan ditt namn. Om du hoppar över, blir det som nej.
evv-coordinator-may-see-yes = Ja, samordnaren får se
evv-coordinator-may-see-no = Nej, bara statistik utan namn

evv-done = Tack för dina svar! De hjälper oss att göra mötena bättre.
evv-done-help = Behöver du hjälp direkt? Ring 112 om någon är i fara. Barn och unga kan ringa Bris på 116 111.
