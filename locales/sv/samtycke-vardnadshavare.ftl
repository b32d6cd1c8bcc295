## Samtycke från vårdnadshavare (dialogs/samtycke-vardnadshavare.yaml)

sam-title = Ditt ja till SIP

sam-intro = Hej! Här får du läsa om SIP. Sedan får du svara på några frågor. Det tar fem minuter.
sam-intro-help = Du kan pausa när du vill. Dina svar sparas.
sam-what-sip = SIP är en plan för ditt barn. Skolan, vården och andra som hjälper ditt barn gör planen tillsammans. Ni gör den på ett möte. Du och ditt barn är med.
sam-what-sip-help = SIP betyder samordnad individuell plan. Alla som hjälper ditt barn ska veta vem som gör vad.
sam-what-consent = Samtycke betyder att du säger ja. Du säger ja till att de som hjälper ditt barn får prata med varandra. Du väljer vilka de är och vad de får prata om.
sam-what-consent-help = Ett samtycke är ditt ja. Utan ditt ja får de inte dela något om ditt barn med varandra.
sam-no-ok = Du får säga nej. Ditt barn får ändå den hjälp det har nu. Du kan ta tillbaka ditt ja när du vill. Det tar ett steg.
sam-no-ok-help = Välj Ta tillbaka i menyn. Då slutar vi direkt. Det som redan skrivits sparas en tid. Det tas inte bort.

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
sam-area-health = Hälsa
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

sam-duration = Hur länge gäller ditt ja?
sam-duration-help = Du kan ta tillbaka ditt ja när du vill, hur du än svarar här.
sam-duration-sip-closed = Tills planen är avslutad
sam-duration-date = Till ett visst datum
sam-until-date = Skriv datumet så här: år-månad-dag. Till exempel 2027-06-30.
sam-until-date-help = Skriv fyra siffror för år, två för månad och två för dag.
sam-date-invalid = Jag förstod inte datumet. Skriv så här: 2027-06-30.
sam-date-past = Det datumet har redan varit. Skriv ett senare datum.

sam-child-view = Vad tycker ditt barn? Har ni pratat om det?
sam-child-view-help = Barnet ska få vara med och bestämma. Hur mycket beror på ålder och mognad.
sam-child-agrees = Mitt barn tycker det är bra
sam-child-unsure = Mitt barn vet inte
sam-child-disagrees = Mitt barn vill inte
sam-child-not-asked = Vi har inte pratat om det än

sam-review = Här är dina svar. Läs igenom dem. Du kan gå tillbaka och ändra.
sam-review-help = Du kan välja vem som får se varje svar.
sam-confirm = Säger du ja till det du valt?
sam-confirm-help = Samtycke är ditt ja. Ja betyder att de du valt får prata om det du valt. Nej betyder att vi inte delar något.
sam-confirm-yes = Ja, jag samtycker
sam-confirm-no = Nej
sam-done = Tack! Ditt ja är sparat. Du får ett kvitto. Du kan ta tillbaka ditt ja när du vill.
sam-done-help = Kvittot visar datum och vad du sa ja till. Spara det.
sam-declined = Du sa nej. Det går bra. Ingenting delas. Du kan ändra dig senare.
sam-declined-help = Vill du prata med någon? Ring den som bjöd in dig.

## Kvittot

sam-receipt-title = Kvitto på ditt samtycke
sam-receipt-date = Datum: { $date }
sam-receipt-version = Version: { $version }
sam-receipt-actors = De här får vara med: { $actors }
sam-receipt-areas = De får prata om: { $areas }
sam-receipt-not-raise = Det här får inte tas upp: { $areas }
sam-receipt-until = Ditt ja gäller till: { $until }
sam-receipt-until-closed = Ditt ja gäller tills planen är avslutad.
sam-receipt-withdraw = Du kan ta tillbaka ditt ja när du vill.
sam-receipt-none = inget

## Ändring: något nytt som behöver ditt ja (kontexten `changes`)

sam-change-title = Något nytt i planen
sam-change-intro = Något nytt har kommit till i planen. Vi behöver ditt ja för det. Resten av ditt ja är som förut.
sam-change-intro-help = Du svarar bara om det nya. Det du redan sagt ja till ändras inte.
sam-change-question = Vilka av de här säger du ja till? Välj dem.
sam-change-question-help = Det du inte väljer får inte vara med. Hoppa över om du inte vill säga ja till något.
sam-change-done = Tack! Ditt svar är sparat.
sam-change-done-help = Du kan ta tillbaka ditt ja när du vill.
