## Utvärdering efter mötet: ungdom. Högst 15 ord i en mening.

evu-title = Hur var mötet?

evu-welcome = Nu har mötet varit, och vi vill veta hur det var för dig. Det är några korta frågor. Du kan hoppa över de frågor du vill. Sist väljer du om din samordnare får se svaren. Dina svar hjälper till att göra nästa möte bättre.
evu-welcome-help = Vi frågar alla unga efter mötet. Det finns inga rätta eller fel svar. Svaren används för att göra mötena bättre.

evu-was-there = Hur var du med på mötet?
evu-was-there-help = Välj det som stämmer. Om du inte var med, hoppar vi över några frågor.
evu-was-there-whole = Hela mötet
evu-was-there-part = En del av mötet
evu-was-there-remote = Via telefon eller video
evu-was-there-none = Jag var inte med

evu-could-say = Hur bra kunde du säga det du ville säga?
evu-could-say-help = Välj en siffra från 1 till 5. 5 betyder mycket bra. Var du inte med? Tänk då på hur dina tankar kom fram.

evu-listened = Hur bra lyssnade de vuxna på dig?
evu-listened-help = Tänk på om de tog det du sa på allvar.

evu-understood = Hur bra förstod du det ni pratade om?
evu-understood-help = Tänk på om de vuxna använde ord som du förstod.

evu-important-raised = Hur bra tog mötet upp det som är viktigt för dig?
evu-important-raised-help = Tänk på det du ville prata om innan mötet.

evu-knows-next = Hur bra vet du vad som händer nu och vem som gör vad?
evu-knows-next-help = Efter mötet finns en plan. Den säger vem som gör vad och när.

evu-knows-whom = Hur bra vet du vem du kan fråga om något inte fungerar?
evu-knows-whom-help = Det kan vara din samordnare eller en annan vuxen som du kan kontakta.

evu-people-count = Vad tycker du om antalet personer på mötet?
evu-people-count-help = Många unga tycker att mötena har för många vuxna. Säg vad du tycker.
evu-people-count-too-few = För få
evu-people-count-right = Lagom många
evu-people-count-too-many = För många

evu-feeling = Hur kändes mötet för dig?
evu-feeling-help = Välj det ansikte som passar bäst.

evu-good = Vad var bra med mötet?
evu-good-help = Skriv det som fungerade. Det hjälper de vuxna att göra det igen.

evu-next-time = Vad kan bli bättre nästa gång?
evu-next-time-help = Skriv vad de vuxna kan göra annorlunda nästa gång.

evu-coordinator-may-see = Får din samordnare se dina svar?
evu-coordinator-may-see-help = Om du svarar ja, kan din samordnare se svaren och prata med dig om dem. Om du svarar nej, räknas svaren bara ihop med andras, utan ditt namn. Om du hoppar över, blir det som nej.
evu-coordinator-may-see-yes = Ja, samordnaren får se
evu-coordinator-may-see-no = Nej, bara statistik utan namn

evu-done = Tack för dina svar! De hjälper oss att göra mötena bättre.
evu-done-help = Vill du prata med någon nu? Ring Bris på 116 111. Det är gratis och du får vara anonym.
