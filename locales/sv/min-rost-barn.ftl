## Min röst på mötet: barn. Korta meningar, högst tio ord. Säg du.
## Ett ord för varje sak: samordnaren (den vuxna som ordnar mötet), planen, mötet.

mrb-title = Min röst på mötet

mrb-welcome = Hej! Snart är det ett möte om dig. Här kan du säga vad du tycker. Du bestämmer vad du svarar. Du väljer vem som får se det.
mrb-welcome-help = Det tar ungefär tio minuter. Du kan pausa när du vill. Dina svar sparas.
mrb-welcome-help-paper = Det tar ungefär tio minuter. Du kan svara lite i taget.

mrb-about-meeting =
    { $meeting_day ->
        [none] Dagen för mötet är inte bestämd än.
       *[other] Mötet är { $meeting_day }{ $meeting_time ->
            [none] .
           *[other] { " " }klockan { $meeting_time }.
        }
    } { $meeting_place ->
        [none] Platsen är inte bestämd än.
       *[other] Platsen är { $meeting_place }.
    } På mötet gör vuxna en plan med din familj. Efter mötet får du planen med enkla ord. Sedan ses ni igen och pratar om hur det går. { $people ->
        [0] Samordnaren berättar snart vilka vuxna som kommer.
       *[other] De här vuxna kommer:
    }
mrb-about-meeting-help = Mötet heter SIP. Vuxna från skolan, vården och kommunen kommer dit. Samordnaren är den vuxna som ordnar mötet. Samordnaren berättar vem som kommer, och när och var.

mrb-helper = Vem hjälper dig att svara?
mrb-helper-help = Det är bra att få hjälp. Den som hjälper dig kan läsa högt. Men det är dina svar. Du säger vad du tycker.
mrb-helper-nobody = Ingen, jag svarar själv
mrb-helper-parent = Mamma eller pappa
mrb-helper-other-adult = En annan vuxen

mrb-honest = Du bestämmer vad du vill berätta. Skriver du att någon gör dig illa? Då måste en vuxen hjälpa dig att bli trygg. Behöver du hjälp nu? Ring Bris på 116 111.
mrb-honest-help = Dina föräldrar har sagt ja till mötet. De kan ha valt att något inte ska tas upp. Då får du veta det av samordnaren.

mrb-areas = Vad är viktigt för dig? Välj upp till tre.
mrb-areas-help = Välj de bilder som är viktigast för dig. Sedan frågar vi lite om varje sak. Att ta sig fram betyder att komma till olika ställen. Till exempel med buss, cykel eller bil.

mrb-other-what = Vad är det andra som är viktigt?
mrb-other-what-help = Skriv med dina egna ord. Den som hjälper dig kan skriva åt dig. Du kan också hoppa över.

mrb-area-how = { $area ->
    [family] Hur har du det i familjen just nu?
    [school] Hur har du det i skolan just nu?
    [friends] Hur har du det med kompisar just nu?
    [home] Hur har du det hemma just nu?
    [health] Hur mår du just nu?
   *[other] Hur har du det med det andra just nu?
    [future] Hur känns det när du tänker på framtiden?
    [free-time] Hur har du det på fritiden just nu?
    [getting-around] Hur går det att ta dig till olika ställen?
  }
mrb-area-how-help = Välj ett ansikte. Glad betyder bra. Ledsen betyder inte bra. Du kan också välja Vet inte.

mrb-area-good = { $area ->
    [family] Vad är bra i familjen?
    [school] Vad är bra i skolan?
    [friends] Vad är bra med dina kompisar?
    [home] Vad är bra hemma?
    [health] Vad gör att du mår bra?
   *[other] Vad är bra med det?
    [future] Vad ser du fram emot?
    [free-time] Vad är roligt på fritiden?
    [getting-around] Vad går bra när du ska till olika ställen?
  }
mrb-area-good-help = Skriv vad som är bra, om du vill. Du kan också säga det till den som hjälper dig.

mrb-area-better = { $area ->
    [family] Vad skulle göra det bättre i familjen?
    [school] Vad skulle göra det bättre i skolan?
    [friends] Vad skulle göra det bättre med kompisar?
    [home] Vad skulle göra det bättre hemma?
    [health] Vad skulle hjälpa dig att må bättre?
   *[other] Vad skulle göra det bättre?
    [future] Vad skulle hjälpa dig inför framtiden?
    [free-time] Vad skulle göra fritiden roligare?
    [getting-around] Vad skulle göra det lättare att ta sig fram?
  }
mrb-area-better-help = Du kan skriva vad som är svårt. Och vad som skulle hjälpa. Det kan vara något du gör själv. Eller något en vuxen gör.

mrb-people = Vilka är viktiga för dig?
mrb-people-help = Välj bilderna. Du kan välja många. Sedan frågar vi lite om varje person.

mrb-person-role = { $person ->
    [mom] Vad stämmer om mamma?
    [dad] Vad stämmer om pappa?
    [sibling] Vad stämmer om ditt syskon?
    [relative] Vad stämmer om den i släkten?
    [home-adult] Vad stämmer om den andra vuxna där du bor?
    [friend] Vad stämmer om din kompis?
    [teacher] Vad stämmer om din lärare?
    [school] Vad stämmer om den andra i skolan?
    [care] Vad stämmer om doktorn eller sköterskan?
    [pet] Vad stämmer om ditt djur?
   *[someone] Vad stämmer om den andra personen?
  }
mrb-person-role-help = Välj det som stämmer. Du kan välja flera. Följer med betyder att personen sitter bredvid dig.
mrb-role-helps = Hjälper mig när något är svårt
mrb-role-more = Jag vill träffa mer
mrb-role-less = Jag vill träffa mindre
mrb-role-bring = Följer med mig på mötet

mrb-take-part = Hur vill du vara med på mötet?
mrb-take-part-help = Du bestämmer själv. Du kan vara med hela tiden. Eller bara en stund. Du kan vara med i telefon eller på video. Du kan också stanna hemma.
mrb-take-part-whole = Hela mötet
mrb-take-part-part = En del av mötet
mrb-take-part-remote = I telefon eller på video
mrb-take-part-none = Jag vill inte vara med

mrb-instead = Vill du visa vad du tycker på fler sätt?
mrb-instead-help = Du kan välja flera sätt. Ge brevet, bilden eller filmen till samordnaren. Samordnaren visar det på mötet.
mrb-instead-letter = Jag skriver ett brev
mrb-instead-drawing = Jag ritar en bild
mrb-instead-film = Jag gör en film
mrb-instead-someone-tells = Någon säger vad jag tycker

mrb-instead-who = Vem ska säga vad du tycker på mötet?
mrb-instead-who-help = Välj någon du litar på. Ni pratar om det före mötet.

mrb-hear-back = Hur vill du få veta vad ni bestämde?
mrb-hear-back-help = Du får veta vad de vuxna bestämde på mötet. Välj hur du vill få veta det.
mrb-hear-back-coordinator = Samordnaren berättar för mig
mrb-hear-back-parent = Mamma eller pappa berättar
mrb-hear-back-plan = Jag läser planen med enkla ord

mrb-who-there = Vilka ska vara med på mötet?
mrb-who-there-help = Välj dem du vill ha där. Ett litet möte kan kännas lugnare. De vuxna försöker göra som du vill.

mrb-who-not = Vem vill du helst inte ha på mötet?
mrb-who-not-help = Du får säga det. De vuxna lyssnar på dig. Ibland måste någon ändå vara med. Då får du veta varför.

mrb-meeting-size = Hur många vuxna vill du ha på mötet?
mrb-meeting-size-help = Många barn tycker att stora möten är jobbiga. Säg vad du tycker.
mrb-meeting-size-small = Så få som möjligt
mrb-meeting-size-as-needed = Alla som behövs

mrb-time-of-day = När på dagen vill du ha mötet?
mrb-time-of-day-help = Tänk på när du är pigg. Välj den tid som passar dig bäst.
mrb-time-morning = På morgonen
mrb-time-midday = Mitt på dagen
mrb-time-afternoon = På eftermiddagen

mrb-place = Var vill du ha mötet?
mrb-place-help = Mötet kan vara på olika platser. Välj där du känner dig lugn.
mrb-place-school = I skolan
mrb-place-home = Hemma
mrb-place-office = Där de vuxna jobbar
mrb-place-video = På video

mrb-support = Vad gör mötet lättare för dig?
mrb-support-help = En paus är en stund då alla vilar. Bilder på en tavla visar vad ni pratar om. En tolk hjälper er att förstå varandra på olika språk.
mrb-support-pauses = Pauser
mrb-support-own-words = Att jag får säga mitt först
mrb-support-pictures = Bilder på en tavla
mrb-support-simple-words = Att de vuxna pratar enkelt
mrb-support-short = Ett kort möte
mrb-support-snack = Något att äta
mrb-support-talk-after = Prata med någon efter mötet
mrb-support-interpreter = En tolk

mrb-interpreter-language = Vilket språk ska tolken prata?
mrb-interpreter-language-help = Skriv vilket språk. Det kan också vara teckenspråk.

mrb-meet-coordinator = Vill du träffa samordnaren före mötet?
mrb-meet-coordinator-help = Samordnaren är den vuxna som ordnar mötet. Ni kan prata om mötet innan. Då vet du mer om vad som händer.

mrb-plan-keeper = Vem vill du ska hålla ihop planen?
mrb-plan-keeper-help = En vuxen håller ihop planen efter mötet. Den vuxna ser till att alla gör det de lovat.
mrb-plan-keeper-coordinator = Samordnaren
mrb-plan-keeper-known = En vuxen som jag redan känner

mrb-topics = Vad vill du prata om på mötet?
mrb-topics-help = Skriv det som är viktigast för dig. Du kan också säga det till den som hjälper dig.

mrb-topics-not = Vad vill du inte prata om på mötet?
mrb-topics-not-help = Välj det som ni ska låta bli. Går allt bra att prata om? Då kan du hoppa över.

mrb-wish = Vad önskar du ska hända efter mötet?
mrb-wish-help = Tänk dig att mötet gick bra. Vad är annorlunda då? Det kan vara något litet.

mrb-better = Hur märker du att det har blivit bättre?
mrb-better-help = Till exempel: Jag orkar gå till skolan. Eller: Jag sover bättre. Skriv med dina egna ord.

mrb-message = Vill du säga något till de vuxna på mötet?
mrb-message-help = Här kan du skriva vad du vill. Det kan vara ett tack, en fråga eller något annat.

mrb-review = Här är dina svar. Vem får se dem?
mrb-review-help = Allt till mötet betyder att alla där ser dina svar. Bara min samordnare betyder att bara samordnaren ser dem. Du kan också välja för varje svar. Du kan ändra dina svar fram till mötet.

mrb-done = Tack! Nu är du klar. Det du tycker är viktigt. Du kan ändra dina svar fram till mötet.
mrb-done-help = Vill du prata med någon nu? Ring Bris på 116 111. Det kostar inget.

## On paper (the printed booklet): the same, in words for paper.
mrb-welcome-paper = Hej! Snart blir det ett möte om dig. Här kan du säga vad du tycker först. Du bestämmer vad du svarar och vem som får se det.
mrb-done-paper = Tack! Nu är du klar. Ge pappret till din samordnare.
mrb-about-meeting-paper = På mötet gör vuxna en plan med din familj. Efter mötet får du planen med enkla ord. Sedan ses ni igen och pratar om hur det går. Samordnaren berättar när och var mötet är, och vilka som kommer.
