## Min röst på mötet: ungdom. Högst 15 ord i en mening. Säg du.

mru-title = Min röst på mötet

mru-welcome = Hej! Snart är det ett möte om dig. Här kan du tänka igenom vad du vill säga, i lugn och ro. Du bestämmer vad du svarar och vem som får se varje svar.
mru-welcome-help = Det tar ungefär 15 minuter. Du kan pausa och fortsätta senare. Dina svar sparas.
mru-welcome-help-paper = Det tar ungefär 15 minuter. Du kan svara lite i taget.

mru-about-meeting =
    { $meeting_day ->
        [none] Dagen för mötet är inte bestämd än.
       *[other] Mötet är { $meeting_day }{ $meeting_time ->
            [none] .
           *[other] { " " }klockan { $meeting_time }.
        }
    } { $meeting_place ->
        [none] Platsen är inte bestämd än.
       *[other] Platsen är { $meeting_place }.
    } På mötet gör ni en plan ihop. Planen säger vem som gör vad. Inom fyra arbetsdagar efter mötet får du planen, också med enkla ord. Sedan ses ni igen och följer upp hur det går. { $people ->
        [0] Samordnaren berättar snart vilka vuxna som kommer.
       *[other] De här vuxna kommer:
    }
mru-about-meeting-help = Mötet kallas SIP. Det betyder samordnad individuell plan. Din samordnare är den vuxna som ordnar mötet. Samordnaren berättar vem som kommer, och när och var.

mru-honest = Du bestämmer vad du vill berätta. Skriver du att någon skadar dig, måste de vuxna agera för att skydda dig. Behöver du hjälp nu? Ring Bris på 116 111, eller 112 om det är akut.
mru-honest-help = Dina föräldrar har sagt ja till mötet. De kan ha valt att något område inte ska tas upp där. Då berättar din samordnare det för dig.

mru-areas = Vad är viktigt för dig just nu? Välj upp till tre.
mru-areas-help = Välj de delar av livet du vill prata om. Du kan välja flera. Sedan får du några frågor om varje del. Att ta sig fram betyder hur du reser, till exempel till skolan eller jobbet.

mru-other-what = Vad är det andra som är viktigt för dig?
mru-other-what-help = Skriv med egna ord. Du kan hoppa över om du vill.

mru-area-how = { $area ->
    [family] Hur fungerar det i familjen just nu?
    [school] Hur fungerar det i skolan just nu?
    [friends] Hur fungerar det med kompisar just nu?
    [home] Hur fungerar det där du bor just nu?
    [health] Hur mår du just nu?
   *[other] Hur fungerar det med det andra just nu?
    [future] Hur känns det när du tänker på framtiden?
    [free-time] Hur fungerar din fritid just nu?
    [getting-around] Hur fungerar det att ta dig dit du behöver?
  }
mru-area-how-help = Välj en siffra från 1 till 5. 1 betyder mycket dåligt. 5 betyder mycket bra. Du kan också välja Vet inte.

mru-area-good = { $area ->
    [family] Vad fungerar bra i familjen?
    [school] Vad fungerar bra i skolan?
    [friends] Vad fungerar bra med kompisar?
    [home] Vad fungerar bra där du bor?
    [health] Vad hjälper dig att må bra?
   *[other] Vad fungerar bra med det?
    [future] Vad ser du fram emot?
    [free-time] Vad gör du gärna på fritiden?
    [getting-around] Vad fungerar bra när du ska ta dig någonstans?
  }
mru-area-good-help = Skriv det som går bra, även små saker. Det hjälper de vuxna att veta vad de ska behålla.

mru-area-hard = { $area ->
    [family] Vad är svårt eller jobbigt i familjen?
    [school] Vad är svårt eller jobbigt i skolan?
    [friends] Vad är svårt eller jobbigt med kompisar?
    [home] Vad är svårt eller jobbigt där du bor?
    [health] Vad gör att du mår dåligt?
   *[other] Vad är svårt eller jobbigt med det?
    [future] Vad oroar dig när du tänker på framtiden?
    [free-time] Vad är svårt med fritiden?
    [getting-around] Vad är svårt när du ska ta dig någonstans?
  }
mru-area-hard-help = Det kan vara något som oroar dig, stressar dig eller gör dig arg. Skriv så mycket eller lite du vill.

mru-area-better = { $area ->
    [family] Vad skulle göra störst skillnad i familjen?
    [school] Vad skulle göra störst skillnad i skolan?
    [friends] Vad skulle göra störst skillnad med kompisar?
    [home] Vad skulle göra störst skillnad där du bor?
    [health] Vad skulle hjälpa dig att må bättre?
   *[other] Vad skulle göra störst skillnad där?
    [future] Vad skulle hjälpa dig att nå dit du vill?
    [free-time] Vad skulle göra din fritid bättre?
    [getting-around] Vad skulle göra det lättare att ta dig fram?
  }
mru-area-better-help = Tänk på vad som skulle hjälpa. Det kan vara något du gör själv, eller något som någon annan gör.

mru-people = Vilka personer är viktiga för dig?
mru-people-help = Välj så många du vill. Sedan får du säga lite om varje person.

mru-person-role = { $person ->
    [mom] Vad stämmer om din mamma?
    [dad] Vad stämmer om din pappa?
    [sibling] Vad stämmer om ditt syskon?
    [relative] Vad stämmer om personen i släkten?
    [home-adult] Vad stämmer om den andra vuxna där du bor?
    [friend] Vad stämmer om din kompis?
    [teacher] Vad stämmer om din lärare?
    [school] Vad stämmer om den andra personen i skolan?
    [care] Vad stämmer om doktorn eller sköterskan?
    [pet] Vad stämmer om ditt djur?
   *[someone] Vad stämmer om den andra personen?
  }
mru-person-role-help = Välj allt som stämmer. Följer med mig på mötet betyder att personen sitter med dig där som stöd.
mru-role-helps = Hjälper mig när det är tufft
mru-role-more = Jag vill träffa mer
mru-role-less = Jag vill träffa mindre
mru-role-bring = Följer med mig på mötet

mru-people-who = Vill du skriva mer om personerna?
mru-people-who-help = Du kan skriva namn, eller vem de är för dig. Till exempel: Min tränare Sara. Du väljer sedan vem som får se svaret.




mru-take-part = Hur vill du vara med på mötet?
mru-take-part-help = Du bestämmer själv hur du vill vara med. Du kan vara med hela tiden eller bara en del. Du kan också vara med via telefon eller video. Om du stannar hemma, får mötet veta vad du tycker på ett annat sätt.
mru-take-part-whole = Hela mötet
mru-take-part-part = En del av mötet
mru-take-part-remote = Via telefon eller video
mru-take-part-none = Jag vill inte vara med

mru-instead = Vill du visa vad du tycker på fler sätt?
mru-instead-help = Välj ett eller flera sätt. Ett brev, en bild eller en film ger du till din samordnare. Samordnaren visar det på mötet.
mru-instead-letter = Jag skriver ett brev
mru-instead-drawing = Jag gör en bild
mru-instead-film = Jag spelar in en film
mru-instead-someone-tells = Någon säger vad jag tycker

mru-instead-who = Vem ska säga vad du tycker på mötet?
mru-instead-who-help = Skriv vem det är, till exempel din mamma eller en lärare. Välj någon du litar på. Prata gärna med personen före mötet.



mru-hear-back = Hur vill du få veta vad ni bestämde?
mru-hear-back-help = Du ska få veta vad mötet bestämde. Välj hur du vill få veta det.
mru-hear-back-coordinator = Samordnaren berättar för mig
mru-hear-back-parent = Mamma eller pappa berättar
mru-hear-back-plan = Jag läser planen med enkla ord

mru-who-there = Vilka ska vara med på mötet?
mru-who-there-help = Välj dem som behövs för att planen ska bli bra. Ett mindre möte kan kännas lugnare. Din samordnare försöker göra som du vill.

mru-who-not = Är det någon du inte vill ha med på mötet?
mru-who-not-help = Du får säga det. Du bestämmer själv om du vill förklara varför. Ibland måste någon ändå vara med. Då ska du få veta varför.

mru-meeting-size = Hur stort vill du att mötet ska vara?
mru-meeting-size-help = Många unga tycker att möten med många vuxna är jobbiga. Säg vad du tycker.
mru-meeting-size-small = Så få personer som möjligt
mru-meeting-size-as-needed = Alla som behövs får komma

mru-time-of-day = När på dagen passar mötet dig bäst?
mru-time-of-day-help = Tänk på när du orkar mest. Mötet kan också läggas så att du missar så lite skola som möjligt.
mru-time-morning = På morgonen
mru-time-midday = Mitt på dagen
mru-time-afternoon = På eftermiddagen

mru-place = Var vill du ha mötet?
mru-place-help = Välj en plats där du känner dig trygg. Mötet kan också vara på video.
mru-place-school = I skolan
mru-place-home = Hemma
mru-place-office = Där de vuxna jobbar
mru-place-video = På video

mru-support = Vad skulle göra mötet lättare för dig?
mru-support-help = Välj allt som passar. En tolk översätter mellan två språk. Prata efteråt betyder att någon pratar med dig om mötet när det är slut.
mru-support-pauses = Pauser
mru-support-pictures = Bilder om det vi pratar om
mru-support-simple-words = Att alla pratar enkelt
mru-support-short = Ett kort möte
mru-support-own-words = Att jag får säga mitt först
mru-support-snack = Något att äta eller dricka
mru-support-talk-after = Prata efteråt med någon
mru-support-interpreter = En tolk

mru-interpreter-language = Vilket språk ska tolken prata?
mru-interpreter-language-help = Skriv språket. Det kan också vara teckenspråk.

mru-meet-coordinator = Vill du träffa din samordnare före mötet?
mru-meet-coordinator-help = Din samordnare är den vuxna som ordnar mötet. Ni kan prata om mötet innan, så att du vet vad som händer.

mru-plan-keeper = Vem vill du ska hålla ihop planen?
mru-plan-keeper-help = En vuxen håller ihop planen efter mötet. Den vuxna ser till att alla gör det de har lovat.
mru-plan-keeper-coordinator = Samordnaren
mru-plan-keeper-known = En vuxen som jag redan känner

mru-topics = Vad vill du att ni pratar om på mötet?
mru-topics-help = Skriv det som är viktigast för dig. Det blir en del av det mötet handlar om.

mru-topics-not = Är det något du inte vill att ni pratar om på mötet?
mru-topics-not-help = Du får bestämma det. Skriv vad det är. Du väljer sedan vem som får se svaret, till exempel bara din samordnare.

mru-wish = Vad vill du att mötet ska leda till?
mru-wish-help = Tänk dig att mötet gick riktigt bra. Vad är annorlunda om några månader?

mru-better = Hur kommer du att märka att det har blivit bättre?
mru-better-help = Försök att vara konkret, till exempel: Jag går till skolan tre dagar i veckan. Det blir ett mål i planen.

mru-message = Vill du säga något till alla på mötet?
mru-message-help = Här kan du skriva fritt. Det kan vara något du vill att alla ska förstå om dig.

mru-review = Här är dina svar. Vem får se dem?
mru-review-help = Allt till mötet betyder att alla på mötet kan läsa dina svar. Bara min samordnare betyder att bara samordnaren ser dem. Du kan också välja för varje svar. Du kan ändra dig fram till mötet.

mru-done = Tack! Nu är du klar. Det du tycker är viktigt för planen. Du kan ändra dina svar fram till mötet.
mru-done-help = Vill du prata med någon nu? Ring Bris på 116 111. Det är gratis och du får vara anonym.

## On paper (the printed booklet): the same, in words for paper.
mru-welcome-paper = Hej! Snart blir det ett möte om dig. Där gör du, din familj och vuxna som kan hjälpa till en plan ihop. Här kan du tänka igenom vad du vill säga. Du bestämmer vad du svarar och vem som får se svaren.
mru-done-paper = Tack! Nu är du klar. Ge pappret till din samordnare.
mru-about-meeting-paper = På mötet gör ni en plan ihop. Planen säger vem som gör vad. Inom fyra arbetsdagar efter mötet får du planen, också med enkla ord. Sedan ses ni igen och följer upp hur det går. Samordnaren berättar när och var mötet är, och vilka som kommer.
