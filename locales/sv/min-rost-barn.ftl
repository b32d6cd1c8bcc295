## Min röst på mötet: barn. Korta meningar, högst tio ord. Säg du.

mrb-title = Min röst på mötet

mrb-welcome = Hej! Snart blir det ett möte om dig. Där träffas vuxna som hjälper dig och din familj. De ska göra en plan ihop. Här kan du säga vad du tycker först. Du bestämmer själv vad du vill svara. Du väljer också vem som får se svaren. Det tar ungefär 15 minuter. Du kan pausa när du vill.
mrb-welcome-help = Mötet heter SIP. Där gör vuxna från olika ställen en plan. Det kan vara från skolan, vården eller kommunen. Planen säger vem som gör vad. Du och din familj får vara med och bestämma. Den vuxna som ordnar mötet heter samordnare.

mrb-helper = Vem hjälper dig att svara?
mrb-helper-help = Det är bra att få hjälp. Den som hjälper dig kan läsa högt. Men det är dina svar. Du säger vad du tycker.
mrb-helper-nobody = Ingen, jag svarar själv
mrb-helper-parent = Mamma eller pappa
mrb-helper-other-adult = En annan vuxen

mrb-areas = Vad är viktigt för dig?
mrb-areas-help = Tryck på de bilder som du tycker är viktiga. Du kan välja många. Tryck sedan på Klar. Sedan frågar vi lite om varje sak du valde. Att ta mig fram betyder hur du kommer till platser. Till exempel med buss, cykel eller bil.

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
    [getting-around] Vad går bra när du åker eller går någonstans?
  }
mrb-area-good-help = Skriv vad som är bra. Du kan också säga det till den som hjälper dig. Eller hoppa över.

mrb-area-hard = { $area ->
    [family] Vad är svårt i familjen?
    [school] Vad är svårt i skolan?
    [friends] Vad är svårt med kompisar?
    [home] Vad är svårt hemma?
    [health] Vad gör att du mår dåligt?
   *[other] Vad är svårt med det?
    [future] Vad oroar dig när du tänker på framtiden?
    [free-time] Vad är svårt på fritiden?
    [getting-around] Vad är svårt när du ska åka någonstans?
  }
mrb-area-hard-help = Kanske något som gör dig ledsen, arg eller rädd. Du kan skriva lite eller mycket. Du kan också hoppa över.

mrb-area-better = { $area ->
    [family] Vad skulle göra det bättre i familjen?
    [school] Vad skulle göra det bättre i skolan?
    [friends] Vad skulle göra det bättre med kompisar?
    [home] Vad skulle göra det bättre hemma?
    [health] Vad skulle hjälpa dig att må bättre?
   *[other] Vad skulle göra det bättre?
    [future] Vad skulle hjälpa dig inför framtiden?
    [free-time] Vad skulle göra fritiden roligare?
    [getting-around] Vad skulle göra det lättare att ta dig fram?
  }
mrb-area-better-help = Tänk på vad som kan hjälpa. Det kan vara något du gör själv. Det kan också vara något en vuxen gör.

mrb-people = Vilka är viktiga för dig?
mrb-people-help = Tryck på bilderna. Du kan välja många. Då vet de vuxna vilka du tycker om.

mrb-people-support = Vem kan hjälpa dig när något är svårt?
mrb-people-support-help = Tänk på vem du kan prata med. Eller vem som gör att du känner dig trygg.

mrb-people-more = Vem vill du träffa mer?
mrb-people-more-help = Det kan vara någon du saknar. Eller någon du har roligt med.

mrb-people-less = Vem vill du träffa mindre?
mrb-people-less-help = Du får välja vem som helst. Du bestämmer om du vill säga varför. Du väljer också vem som får se svaret.

mrb-take-part = Hur vill du vara med på mötet?
mrb-take-part-help = Du bestämmer själv. Du kan vara med hela tiden. Eller bara en stund. Du kan vara med i telefon eller på video. Du kan också stanna hemma. Då visar du vad du tycker på ett annat sätt.
mrb-take-part-whole = Hela mötet
mrb-take-part-part = En del av mötet
mrb-take-part-remote = I telefon eller på video
mrb-take-part-none = Jag vill inte vara med

mrb-instead = Hur ska de vuxna få veta vad du tycker?
mrb-instead-help = Du kan välja flera sätt. Ge brevet, bilden eller filmen till samordnaren. Samordnaren är den vuxna som ordnar mötet. Hen visar det på mötet.
mrb-instead-answers = De får se mina svar här
mrb-instead-letter = Jag skriver ett brev
mrb-instead-drawing = Jag ritar en bild
mrb-instead-film = Jag gör en film
mrb-instead-someone-tells = Någon berättar för mig

mrb-instead-who = Vem ska berätta för dig på mötet?
mrb-instead-who-help = Välj någon du litar på. Den personen säger vad du tycker. Ni kan prata om det före mötet.

mrb-safe-person = Vill du ha med dig en trygg person?
mrb-safe-person-help = En trygg person är någon du litar på. Hen kan sitta bredvid dig på mötet.

mrb-safe-who = Vem vill du ha med dig?
mrb-safe-who-help = Du kan välja en eller flera. Den vuxna som ordnar mötet frågar dem.

mrb-who-there = Vilka ska vara med på mötet?
mrb-who-there-help = Tryck på dem du vill ha där. Ett litet möte kan kännas lugnare. De vuxna försöker göra som du vill.

mrb-who-not = Vem vill du helst inte ha på mötet?
mrb-who-not-help = Du får säga det. De vuxna lyssnar på dig. Ibland måste någon ändå vara med. Då får du veta varför.

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
mrb-support-pictures = Bilder på en tavla
mrb-support-simple-words = Att de vuxna pratar enkelt
mrb-support-short = Ett kort möte
mrb-support-snack = Något att äta
mrb-support-interpreter = En tolk

mrb-interpreter-language = Vilket språk ska tolken prata?
mrb-interpreter-language-help = Skriv vilket språk. Det kan också vara teckenspråk.

mrb-topics = Vad vill du prata om på mötet?
mrb-topics-help = Skriv det som är viktigast för dig. Du kan också säga det till den som hjälper dig.

mrb-topics-not = Vad vill du inte prata om på mötet?
mrb-topics-not-help = Tryck på det som ni ska låta bli. Går allt bra att prata om? Tryck då på Hoppa över.

mrb-topics-not-more = Vill du berätta mer om det?
mrb-topics-not-more-help = Du kan skriva varför. Det hjälper de vuxna att förstå dig. Du kan också hoppa över.

mrb-wish = Vad önskar du ska hända efter mötet?
mrb-wish-help = Tänk dig att mötet gick bra. Vad är annorlunda då? Det kan vara något litet.

mrb-better = Hur märker du att det har blivit bättre?
mrb-better-help = Till exempel: Jag orkar gå till skolan. Eller: Jag sover bättre. Skriv med dina egna ord.

mrb-message = Vill du säga något till de vuxna på mötet?
mrb-message-help = Här kan du skriva vad du vill. Det kan vara ett tack, en fråga eller något annat.

mrb-review = Här är dina svar. Välj vem som får se varje svar.
mrb-review-help = Mötet får se betyder att alla på mötet ser svaret. Bara min samordnare betyder den vuxna som ordnar mötet. Bara jag betyder att ingen annan ser svaret. Du kan ändra dina svar fram till mötet.

mrb-done = Tack! Nu är du klar. Det du tycker är viktigt. Du kan ändra dina svar fram till mötet.
mrb-done-help = Vill du prata med någon nu? Ring Bris på 116 111. Det kostar inget.

## On paper (the printed booklet): the same, in words for paper.
mrb-welcome-paper = Hej! Snart blir det ett möte om dig. Där träffas vuxna som hjälper dig och din familj. De ska göra en plan ihop. Här kan du säga vad du tycker först. Du bestämmer själv vad du vill svara. Du väljer också vem som får se svaren. Du kan svara lite i taget.
