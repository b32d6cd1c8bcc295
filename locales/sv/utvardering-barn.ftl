## Utvärdering efter mötet: barn. Korta meningar, högst tio ord.

evb-title = Hur var mötet?

evb-welcome = Nu har mötet varit. Vi vill veta hur det var för dig. Det är några korta frågor. Du kan hoppa över en fråga om du vill. Sist får du välja vem som får se svaren. Dina svar hjälper de vuxna att göra nästa möte bättre.
evb-welcome-help = Vi frågar alla barn efter mötet. Det finns inga rätta eller fel svar. Vi vill veta vad du tycker.

evb-was-there = Hur var du med på mötet?
evb-was-there-help = Välj det som stämmer. Om du inte var med, hoppar vi över några frågor.
evb-was-there-whole = Hela mötet
evb-was-there-part = En del av mötet
evb-was-there-remote = I telefon eller på video
evb-was-there-none = Jag var inte med

evb-could-say = Hur bra kunde du säga det du ville?
evb-could-say-help = Välj ett ansikte. Glad betyder bra. Ledsen betyder inte bra. Var du inte med? Tänk då på ditt brev, din bild eller dina svar.

evb-listened = Hur bra lyssnade de vuxna på dig?
evb-listened-help = Brydde sig de vuxna om vad du tyckte?

evb-understood = Hur bra förstod du det ni pratade om?
evb-understood-help = Använde de vuxna ord som du förstod? Välj ett ansikte.

evb-important-raised = Hur bra pratade ni om det viktiga för dig?
evb-important-raised-help = Tänk på det du valde innan mötet. Glad betyder bra. Sådär betyder lite. Ledsen betyder inte bra.

evb-knows-next = Hur bra vet du vad de vuxna ska göra nu?
evb-knows-next-help = Efter mötet finns en plan. Den säger vem som gör vad. Glad betyder att du vet. Ledsen betyder att du inte vet.

evb-knows-whom = Hur bra vet du vem du kan fråga om hjälp?
evb-knows-whom-help = Om något blir fel, vem kan du fråga? Det kan vara en vuxen du kan ringa. Glad betyder att du vet. Ledsen betyder att du inte vet.

evb-people-count = Hur många var ni på mötet?
evb-people-count-help = Tänk på hur det kändes. Var det lagom många personer?
evb-people-count-too-few = För få
evb-people-count-right = Lagom
evb-people-count-too-many = För många

evb-feeling = Hur kändes mötet?
evb-feeling-help = Välj det ansikte som passar bäst.

evb-good = Vad var bra med mötet?
evb-good-help = Skriv vad du tyckte om. Du kan också hoppa över.

evb-next-time = Vad kan bli bättre nästa gång?
evb-next-time-help = Skriv vad de vuxna kan göra annorlunda. Du kan också hoppa över.

evb-coordinator-may-see = Får samordnaren se dina svar?
evb-coordinator-may-see-help = Samordnaren är den vuxna som ordnade mötet. Om du svarar ja, kan hen prata med dig. Om du svarar nej, räknas svaren bara ihop med andras. Då vet ingen vad just du svarade. Hoppar du över, blir det som nej.
evb-coordinator-may-see-yes = Ja, samordnaren får se
evb-coordinator-may-see-no = Nej, bara räknas ihop

evb-done = Tack för dina svar! De hjälper oss att göra nästa möte bättre.
evb-done-help = Vill du prata med någon nu? Ring Bris på 116 111. Det kostar inget.
