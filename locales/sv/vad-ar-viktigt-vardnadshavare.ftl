## Vad är viktigt för er? Vårdnadshavare. Högst 20 ord i en mening. Säg du.

vav-title = Vad är viktigt för er?

vav-welcome = Hej! Snart blir det ett SIP-möte om ditt barn. Här kan du förbereda dig och berätta hur familjen har det. Dina svar hjälper samordnaren att planera mötet. Du bestämmer själv vad du vill svara. Innan du skickar väljer du vem som får se varje svar. Det tar ungefär 15 minuter.
vav-welcome-help = SIP betyder samordnad individuell plan. På mötet kommer ni och till exempel skola, socialtjänst och vård överens om vem som gör vad. Samordnaren är den som kallar till mötet och håller ihop planen. Ditt barn får egna frågor. Barnets svar ser du bara om barnet väljer att visa dem.

vav-area-health = Hur barnet mår
vav-area-getting-around = Att ta sig fram

vav-areas = Vilka delar av ditt barns liv vill du ta upp?
vav-areas-help = Välj så många du vill. Sedan frågar vi hur det fungerar inom varje del. Att ta sig fram betyder resor, till exempel till skolan.

vav-other-what = Vad är det andra du vill ta upp?
vav-other-what-help = Skriv med egna ord. Sedan frågar vi hur det fungerar.

vav-area-how = { $area ->
    [family] Hur fungerar det i familjen just nu?
    [school] Hur fungerar det i skolan just nu?
    [friends] Hur fungerar det med kompisar just nu?
    [home] Hur fungerar det hemma just nu?
    [health] Hur mår ditt barn just nu?
   *[other] Hur fungerar det andra du valde just nu?
    [future] Hur känns framtiden för ditt barn just nu?
    [free-time] Hur fungerar fritiden just nu?
    [getting-around] Hur fungerar det för ditt barn att ta sig fram?
  }
vav-area-how-help = Välj en siffra från 1 till 5. 1 betyder mycket dåligt och 5 betyder mycket bra. Du kan också välja Vet inte.

vav-works = Vad fungerar bra i dag?
vav-works-help = Skriv det som går bra i vardagen, även små saker. Det hjälper alla att veta vad som ska fortsätta.

vav-worries = Vad oroar dig mest inför framtiden?
vav-worries-help = Skriv det som gör dig orolig. Det kan vara något som kan bli sämre om ingen gör något.

vav-helped = Vad har hjälpt er tidigare?
vav-helped-help = Tänk på stöd ni har fått förut, från skola, vård eller andra. Skriv det som gjorde skillnad.

vav-not-helped = Vad har ni provat som inte hjälpte?
vav-not-helped-help = Det är bra att veta, så att ni slipper prova samma sak igen.

vav-help-with = Vad vill ni ha hjälp med?
vav-help-with-help = Skriv det du hoppas att ni får stöd med framåt. Det blir en del av det mötet handlar om.

vav-goal = Vad vill du att mötet ska leda till?
vav-goal-help = Tänk dig att mötet gick bra. Vad är annorlunda om några månader? Hur märker ni det?

vav-invite = Vilka tycker du ska vara med på mötet?
vav-invite-help = Välj dem som behövs för att planen ska bli bra. Ett mindre möte är ofta lättare för barnet. Samordnaren försöker följa era önskemål.
vav-invite-relative = Någon i släkten
vav-invite-support-person = En stödperson för familjen
vav-invite-someone = Någon annan

vav-invite-more = Vem mer vill du bjuda in?
vav-invite-more-help = Skriv namn och vem personen är för er, till exempel mormor eller en kontaktperson.

vav-not-invite = Är det någon du helst inte vill ha med på mötet?
vav-not-invite-help = Du får säga det. Samordnaren försöker ta hänsyn till det. Ibland måste någon vara med ändå, och då får du veta varför.

vav-interpreter = Behöver du eller någon i familjen en tolk?
vav-interpreter-help = En tolk översätter mellan två språk. Det kan också vara teckenspråk. Samordnaren bokar tolken.

vav-interpreter-language = Vilket språk ska tolken tala?
vav-interpreter-language-help = Skriv språket, och gärna dialekten om det är viktigt.

vav-time-of-day = När på dagen passar mötet er bäst?
vav-time-of-day-help = Tänk på familjens vardag, till exempel jobb, skola och när barnet orkar mest.
vav-time-morning = På förmiddagen
vav-time-midday = Mitt på dagen
vav-time-afternoon = På eftermiddagen

vav-place = Var vill ni helst ha mötet?
vav-place-help = Mötet kan vara på en plats eller på video. Välj det som känns bäst för familjen.
vav-place-office = Hos någon som hjälper er
vav-place-school = I skolan
vav-place-home = Hemma hos oss
vav-place-video = På video

vav-support = Vad skulle göra mötet lättare för er?
vav-support-help = Välj allt som passar.
vav-support-pauses = Pauser
vav-support-pictures = Bilder om det vi pratar om
vav-support-simple-words = Ett enkelt språk utan fackord
vav-support-short = Ett kort möte
vav-support-access = En lokal som passar alla
vav-support-talk-after = Prata med någon efter mötet
vav-support-other = Något annat

vav-support-more = Berätta mer om vad ni behöver.
vav-support-more-help = Skriv det som gör att mötet fungerar för er, till exempel hiss, hörslinga eller plats för barnvagn.

vav-info-how = Hur vill du få information före och efter mötet?
vav-info-how-help = Du kan välja flera sätt. Efter mötet får du planen, vem du kan kontakta och när ni ses igen.
vav-info-here = Här i Delaktig
vav-info-letter = Brev
vav-info-call = Ett telefonsamtal
vav-info-in-person = Ett samtal på plats
vav-info-easy-read = Lättläst text
vav-info-own-language = På mitt eget språk

vav-role = Vilken roll vill du ha på mötet?
vav-role-help = Du kan välja hur du vill vara med. Du kan ändra dig senare.
vav-role-tell = Berätta hur vi har det
vav-role-support-child = Stötta mitt barn
vav-role-listen = Mest lyssna
vav-role-lead = Vara med och leda samtalet

vav-message = Vill du säga något mer till mötet?
vav-message-help = Här kan du skriva fritt, till exempel något du vill att alla ska förstå om er familj.

vav-review = Här är dina svar. Välj vem som får se varje svar.
vav-review-help = Mötet får se betyder att alla på mötet kan läsa svaret. Bara min samordnare betyder att bara den som kallar till mötet ser det. Bara jag betyder att ingen annan ser det. Du kan ändra dina svar fram till mötet.

vav-done = Tack! Nu är du klar. Dina svar hjälper samordnaren att förbereda mötet. Du kan ändra dem fram till mötet.
vav-done-help = Behöver du hjälp direkt? Ring 112 om någon är i fara. Barn och unga kan ringa Bris på 116 111.
