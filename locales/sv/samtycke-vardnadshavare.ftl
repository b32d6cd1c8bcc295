## Samtycke från vårdnadshavare (dialogs/samtycke-vardnadshavare.yaml)

sam-title = Ditt ja till SIP

sam-intro = Hej! Här får du läsa om SIP. Sedan får du säga ja eller nej. Det tar fem minuter.
sam-intro-help = Du kan pausa när du vill. Dina svar sparas.
sam-intro-help-paper = Du kan svara lite i taget.
sam-what-sip = SIP är en plan för ditt barn. Skolan, vården och andra som hjälper ditt barn gör planen tillsammans. Ni gör den på ett möte. Du och ditt barn är med.
sam-what-sip-help = SIP betyder samordnad individuell plan. Alla som hjälper ditt barn ska veta vem som gör vad.
sam-two-parts = Du svarar på två frågor. Den första: Får vi göra en SIP för ditt barn? Den andra: Får de som hjälper ditt barn prata med varandra om ditt barn?
sam-two-parts-help = Ett samtycke är ditt ja. Här ger du två ja, eller nej. Du bestämmer själv.
sam-both-guardians = Har ditt barn två vårdnadshavare? Då måste ni båda säga ja. Ni svarar var för sig. Om en av er säger nej, blir det ingen SIP.
sam-both-guardians-help = En vårdnadshavare är en förälder eller en annan vuxen som bestämmer för barnet. Om en av er tar tillbaka sitt ja, slutar vi med SIP direkt.
sam-no-ok = Du får säga nej. Ditt barn får ändå den hjälp det har nu. Du kan ta tillbaka ditt ja när du vill. Det tar ett steg.
sam-no-ok-help = Välj Ta tillbaka mitt ja på din sida. Då slutar vi direkt. Den som ordnar mötet får veta det.
sam-limits = Det här gäller alltid, också utan ditt ja. Om någon tror att ditt barn far illa, måste de berätta det för socialtjänsten.
sam-limits-help = Skolan, vården och socialtjänsten sparar sina egna anteckningar. De följer sina egna regler. Här i Delaktig sparas dina svar en tid efter att planen är klar. Sedan tas de bort. Du kan be om att de tas bort tidigare.

sam-sip = Får vi göra en SIP för ditt barn?
sam-sip-help = Om du säger ja, bjuder vi in till ett möte. Där gör ni planen tillsammans.
sam-sip-yes = Ja, ni får göra en SIP
sam-sip-no = Nej

sam-exchange = Får de som hjälper ditt barn prata med varandra om ditt barn? Det gäller på mötet och före mötet.
sam-exchange-help = Om du säger nej, får var och en bara veta det du själv berättar för dem.
sam-exchange-yes = Ja, de får prata med varandra
sam-exchange-no = Nej

sam-actors = Vilka får vara med och prata med varandra? Välj alla som får vara med.
sam-actors-help = Välj bara dem du vill. De andra får inte veta något från planen.
sam-actor-other = Någon annan
sam-own-actors = Vem mer får vara med? Skriv en på varje rad.
sam-own-actors-help = Det kan vara en släkting, en tränare eller någon annan. Skriv vem det är.

sam-areas = Vad får de prata om? Välj allt som får tas upp.
sam-areas-help = Det du inte väljer får inte tas upp på mötet.
sam-area-family = Familjen
sam-area-school = Skolan
sam-area-friends = Kompisar
sam-area-home = Hemma
sam-area-health = Hur barnet mår
sam-area-future = Framtiden
sam-area-free-time = Fritiden
sam-area-getting-around = Att ta sig fram

sam-not-raise = Finns det något som inte får tas upp?
sam-not-raise-help = Det kan vara något privat. Det kan vara något som är svårt att prata om.
sam-not-raise-yes = Ja, det finns något
sam-not-raise-no = Nej
sam-not-raise-areas = Vad får inte tas upp? Välj.
sam-not-raise-areas-help = De som är med på mötet får veta att de inte ska ta upp det.
sam-not-raise-text = Vill du skriva något mer om det? Du kan hoppa över.
sam-not-raise-text-help = Bara den som ordnar mötet läser det du skriver här.

sam-pre-meeting = Ibland träffas de som hjälper ditt barn före mötet, utan er. Får de göra det?
sam-pre-meeting-help = Där pratar de om vem som kan göra vad. De bestämmer ingenting där. Allt bestäms på mötet, med er.
sam-pre-meeting-yes = Ja, de får träffas före
sam-pre-meeting-no = Nej, bara på mötet

sam-plan-to = Vem får planen efter mötet?
sam-plan-to-help = Du och ditt barn får alltid planen. Här väljer du vilka fler som får den.
sam-plan-to-all = Alla som var med på mötet
sam-plan-to-responsible = Bara de som ska göra något

sam-duration = Hur länge gäller ditt ja?
sam-duration-help = Du kan ta tillbaka ditt ja när du vill, hur du än svarar här.
sam-duration-this-month = Till slutet av den här månaden
sam-duration-six-months = Ett halvår
sam-duration-sip-closed = Tills planen är klar
sam-duration-date = Jag väljer ett datum
sam-until-date = Välj datumet då ditt ja slutar gälla.
sam-until-date-help = Du kan också skriva datumet så här: år-månad-dag. Till exempel 2027-06-30.
sam-date-invalid = Jag förstod inte datumet. Skriv så här: 2027-06-30.
sam-date-past = Det datumet har redan varit. Välj ett senare datum.

sam-child-view = Vad tycker ditt barn? Har ni pratat om det?
sam-child-view-help = Barnet ska få vara med och bestämma. Hur mycket beror på ålder och mognad. Den som ordnar mötet får se ditt svar.
sam-child-agrees = Mitt barn tycker det är bra
sam-child-unsure = Mitt barn vet inte
sam-child-disagrees = Mitt barn vill inte
sam-child-not-asked = Vi har inte pratat om det än

sam-review = Här är dina svar. Läs igenom dem. Du kan gå tillbaka och ändra. Den som ordnar mötet får se alla svaren.
sam-review-help = Dina svar behövs för att ordna mötet. Därför får den som ordnar mötet se dem.
sam-confirm = Säger du ja till det du valt?
sam-confirm-help = Samtycke betyder att du säger ja. Ja betyder att de du valt får prata om det du valt. Nej betyder att vi inte gör någon SIP.
sam-confirm-yes = Ja, jag samtycker
sam-confirm-no = Nej
sam-done = Tack! Ditt ja är sparat. Här får du ett kvitto. Du kan hämta det igen senare på din sida.
sam-done-help = Kvittot visar datum och vad du sa ja till. Du kan ta tillbaka ditt ja när du vill.
sam-declined = Du sa nej. Det går bra. Vi gör ingen SIP och delar ingenting. Du kan ändra dig senare.
sam-declined-help = Vill du prata med någon? Ring den som bjöd in dig.

## Kvittot

sam-receipt-title = Kvitto på ditt samtycke
sam-receipt-date = Datum: { $date }
sam-receipt-version = Version: { $version }
sam-receipt-sip = Du sa ja till att en SIP görs.
sam-receipt-no-exchange = Du sa nej till att de pratar med varandra om ditt barn.
sam-receipt-actors = De här får vara med: { $actors }
sam-receipt-areas = De får prata om: { $areas }
sam-receipt-not-raise = Det här får inte tas upp: { $areas }
sam-receipt-pre-meeting-yes = De får träffas före mötet, utan er.
sam-receipt-pre-meeting-no = De får bara träffas på mötet, med er.
sam-receipt-plan-to-all = Alla som var med på mötet får planen.
sam-receipt-plan-to-responsible = Bara de som ska göra något får planen.
sam-receipt-until = Ditt ja gäller till: { $until }
sam-receipt-until-closed = Ditt ja gäller tills planen är klar.
sam-receipt-child-view = Vad ditt barn tycker, enligt dig: { $view }
sam-receipt-withdraw = Du kan ta tillbaka ditt ja när du vill.
sam-receipt-none = inget
sam-receipt-download = Hämta kvittot (PDF)

## Ändring: något nytt som behöver ditt ja (kontexten `changes`)

sam-change-title = Något nytt i planen
sam-change-intro = Något nytt har kommit till i planen. Vi behöver ditt ja för det. Resten av ditt ja är som förut.
sam-change-intro-help = Du svarar bara om det nya. Det du redan sagt ja till ändras inte.
sam-change-question = Vilka av de här säger du ja till? Välj dem.
sam-change-question-help = Det du inte väljer får inte vara med. Hoppa över om du inte vill säga ja till något.
sam-change-done = Tack! Ditt svar är sparat.
sam-change-done-help = Du kan ta tillbaka ditt ja när du vill.
