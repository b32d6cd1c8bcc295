## Ditt eget ja till SIP, för en ungdom som bestämmer själv (dialogs/samtycke-ungdom.yaml)

sau-title = Ditt ja till SIP

sau-intro = Hej! Här får du läsa om SIP. Sedan får du säga ja eller nej. Du bestämmer själv. Det tar fem minuter.
sau-intro-help = Du kan pausa när du vill. Dina svar sparas.
sau-intro-help-paper = Du kan svara lite i taget.
sau-what-sip = SIP är en plan för dig. Skolan, vården och andra som hjälper dig gör planen tillsammans. Ni gör den på ett möte där du är med.
sau-what-sip-help = SIP betyder samordnad individuell plan. Alla som hjälper dig ska veta vem som gör vad.
sau-two-parts = Du svarar på två frågor. Den första: Får vi göra en SIP för dig? Den andra: Får de som hjälper dig prata med varandra om dig?
sau-two-parts-help = När du säger ja kallas det samtycke. Här ger du två ja, eller säger nej.
sau-no-ok = Du får säga nej. Du får ändå den hjälp du har nu. Du kan ta tillbaka ditt ja när du vill. Det tar ett steg.
sau-no-ok-help = Välj Ta tillbaka mitt ja på din sida. Då slutar vi direkt. Din samordnare får veta det.
sau-limits = Det här gäller alltid, också utan ditt ja. Om någon tror att du far illa, måste de berätta det för socialtjänsten.
sau-limits-help = Skolan, vården och socialtjänsten sparar sina egna anteckningar. Här sparas dina svar en tid efter att planen är klar. Sedan tas de bort. Du kan be om att de tas bort tidigare.

sau-sip = Får vi göra en SIP för dig?
sau-sip-help = Om du säger ja, bjuder vi in till ett möte. Där gör ni planen tillsammans.
sau-sip-yes = Ja, ni får göra en SIP
sau-sip-no = Nej

sau-exchange = Får de som hjälper dig prata med varandra om dig? Det gäller på mötet och före mötet.
sau-exchange-help = Om du säger nej, vet var och en bara det du själv berättar.
sau-exchange-yes = Ja, de får prata med varandra
sau-exchange-no = Nej

sau-actors = Vilka får vara med och prata med varandra? Välj alla som får vara med.
sau-actors-help = Välj bara dem du vill. De andra får inte veta något från planen.
sau-actor-other = Någon annan
sau-own-actors = Vem mer får vara med? Skriv en på varje rad.
sau-own-actors-help = Det kan vara en släkting, en tränare eller någon annan. Skriv vem det är.

sau-areas = Vad får de prata om? Välj allt som får tas upp.
sau-areas-help = Det du inte väljer får inte tas upp på mötet.

sau-not-raise = Finns det något som inte får tas upp?
sau-not-raise-help = Det kan vara något privat. Det kan vara något som är svårt att prata om.
sau-not-raise-yes = Ja, det finns något
sau-not-raise-no = Nej
sau-not-raise-areas = Vad får inte tas upp? Välj.
sau-not-raise-areas-help = De som är med på mötet får veta att de inte ska ta upp det.
sau-not-raise-text = Vill du skriva något mer om det? Du kan hoppa över.
sau-not-raise-text-help = Bara din samordnare läser det du skriver här.

sau-pre-meeting = Ibland träffas de som hjälper dig före mötet, utan dig. Får de göra det?
sau-pre-meeting-help = Där pratar de om vem som kan göra vad. De bestämmer ingenting där. Allt bestäms på mötet, med dig.
sau-pre-meeting-yes = Ja, de får träffas före
sau-pre-meeting-no = Nej, bara på mötet

sau-plan-to = Vem får planen efter mötet?
sau-plan-to-help = Du får alltid planen. Här väljer du vilka fler som får den.
sau-plan-to-all = Alla som var med på mötet
sau-plan-to-responsible = Bara de som ska göra något

sau-duration = Hur länge gäller ditt ja?
sau-duration-help = Du kan ta tillbaka ditt ja när du vill, hur du än svarar här.
sau-duration-this-month = Till slutet av den här månaden
sau-duration-six-months = Ett halvår
sau-duration-sip-closed = Tills planen är klar
sau-duration-date = Jag väljer ett datum
sau-until-date = Välj datumet då ditt ja slutar gälla.
sau-until-date-help = Du kan också skriva datumet så här: år-månad-dag. Till exempel 2027-06-30.

sau-review = Här är dina svar. Läs igenom dem. Du kan gå tillbaka och ändra. Din samordnare får se alla svaren.
sau-review-help = Dina svar behövs för att ordna mötet. Därför får din samordnare se dem.
sau-confirm = Säger du ja till det du valt?
sau-confirm-help = Ja betyder att de du valt får prata om det du valt. Nej betyder att vi inte gör någon SIP.
sau-confirm-yes = Ja, jag säger ja
sau-confirm-no = Nej
sau-done = Tack! Ditt ja är sparat. Här får du ett kvitto. Du kan hämta det igen senare på din sida.
sau-done-help = Kvittot visar datum och vad du sa ja till. Du kan ta tillbaka ditt ja när du vill.
sau-declined = Du sa nej. Det går bra. Vi gör ingen SIP och delar ingenting. Du kan ändra dig senare.
sau-declined-help = Vill du prata med någon? Ring den som bjöd in dig.
