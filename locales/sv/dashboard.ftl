## The coordinator dashboard (samordningsansvarig). Professional Swedish, still plain.

dash-product = Delaktig
dash-title = Samordnarens översikt
dash-signed-in = { $user } · { $unit }
dash-logout = Logga ut
dash-login-title = Logga in
dash-login = Logga in
dash-username = Användarnamn
dash-password = Lösenord
dash-login-failed = Fel användarnamn eller lösenord.
dash-login-form-old = Sidan var för gammal. Logga in igen.
dash-login-throttled = För många försök från den här datorn. Vänta en stund och försök igen.
dash-not-found = Ärendet finns inte i din enhet.
dash-error-not-found = Sidan eller ärendet finns inte.
dash-error-bad-input = Det som skickades gick inte att läsa. Inget ändrades.
dash-error-refused = Det gick inte att göra det. Inget ändrades.
dash-error-too-many = För många försök. Vänta en stund och försök igen.
dash-error-stale = Sidan var för gammal. Inget ändrades. Ladda om sidan och försök igen.
dash-error-server = Något gick fel hos oss. Försök igen om en stund.
dash-back-to-cases = Till alla ärenden
dash-back-to-case = Tillbaka till ärendet
dash-cases = Ärenden
dash-new-case = Nytt ärende
dash-edit-case = Ändra ärende
dash-no-cases = Det finns inga ärenden än.
dash-notifications = Händelser
dash-notifications-read = Markera som lästa
dash-case = Ärendet
dash-child = Barnet eller ungdomen
dash-guardians = Vårdnadshavare
dash-meeting = SIP-mötet
dash-dates = Efter mötet
dash-participants = Deltagare och inbjudningar
dash-consent-status = Samtycke
dash-pack = Underlag inför SIP-mötet
dash-save = Spara
dash-choose = Välj
dash-form-has-errors = Något behöver rättas. Se meddelandena vid fälten.

dash-col-case = Ärende
dash-col-stage = Steg
dash-col-consent = Samtycke
dash-col-preparation = Förberedelse
dash-col-meeting = Möte
dash-col-deadlines = Tidsgränser
dash-col-checklist = Checklista
dash-col-role = Deltagare
dash-col-invite = Inbjudan

dash-field-label = Pseudonym för ärendet
dash-hint-label = Ett påhittat namn, till exempel Fjärilen. Aldrig personnummer eller riktigt namn.
dash-field-need-noticed = Datum då behovet uppmärksammades
dash-field-actors = Verksamheter som föreslås bjudas in
dash-hint-actors = Skriv med kommatecken emellan, till exempel: skola, elevhälsa, socialtjänst, BUP
dash-field-child-role = Frågor för
dash-field-dialog = Samtal
dash-field-name = Namn (frivilligt)
dash-hint-name = Sparas krypterat. Visas bara för din enhet.
dash-field-child-asked = Vårdnadshavarna får frågan vad barnet tycker om SIP
dash-field-guardian1-dialog = Samtal för vårdnadshavare 1
dash-field-guardian2-dialog = Samtal för vårdnadshavare 2
dash-field-sole-custody = Ensam vårdnad: skäl
dash-hint-sole-custody = Fyll bara i när en vårdnadshavare har ensam vårdnad.
dash-field-meeting-date = Mötesdatum
dash-field-meeting-time = Starttid
dash-field-meeting-end = Sluttid
dash-field-meeting-place = Plats
dash-field-meeting-format = Mötesform
dash-field-adaptations = Tolk och andra anpassningar i kallelsen
dash-hint-adaptations = Till exempel tolk på arabiska, bildstöd, pauser.
dash-field-invitation-sent = Kallelsen skickad
dash-field-plan-sent = Planen skickad
dash-field-easy-read-sent = Planen skickad i lättläst form
dash-field-evaluation-offered = Utvärdering erbjuden
dash-field-follow-up = Datum för uppföljning

dash-error-required = Fyll i det här fältet.
dash-error-date = Skriv datumet som ÅÅÅÅ-MM-DD.
dash-error-date-range = Datumet verkar inte rimligt. Kontrollera året.
dash-error-time = Skriv tiden som TT:MM, till exempel 14:00.
dash-error-too-long = Texten är för lång.
dash-error-personnummer = Det här liknar ett personnummer. Skriv aldrig personnummer här.
dash-error-noticed-future = Behovet kan inte ha uppmärksammats i framtiden.
dash-error-actors = Högst 15 verksamheter och högst 60 tecken per namn.
dash-error-meeting-before-noticed = Mötet kan inte vara före datumet då behovet uppmärksammades.
dash-error-end-before-start = Sluttiden måste vara efter starttiden.
dash-error-choice = Välj ett av alternativen.
dash-error-after-meeting = Kallelsen måste skickas före mötet.
dash-error-before-meeting = Det här kan inte vara före mötet.
dash-error-sent-future = Det här datumet har inte kommit än.
dash-error-dialog = Välj ett samtal.
dash-error-sole-custody = Med en vårdnadshavare: skriv skälet till ensam vårdnad, eller lägg till den andra vårdnadshavaren.
dash-error-sole-custody-two = Ensam vårdnad passar inte när två vårdnadshavare finns med.

role-child = Barn
role-youth = Ungdom
role-guardian = Vårdnadshavare

format-in-person = På plats
format-video = Video
format-phone = Telefon

stage-need-noticed = Behov uppmärksammat
stage-consent = Samtycke
stage-preparation = Förberedelse
stage-invitation-sent = Kallelse skickad
stage-meeting = Möte
stage-follow-up = Uppföljning
stage-closed = Avslutat

session-not-started = Inte börjat
session-active = Pågår
session-paused = Pausad
session-done = Klar

consent-state-missing = Saknas
consent-state-given = Lämnat
consent-state-withdrawn = Återtaget
consent-state-expired = Har gått ut
consent-case-missing = Saknas
consent-case-partial = Delvis
consent-case-complete = Komplett
consent-case-withdrawn = Återtaget
consent-case-expired = Har gått ut

deadline-meeting-late = Mötet ligger mer än 30 dagar efter att behovet uppmärksammades.
deadline-invitation-late = Kallelsen skickas senare än tre veckor före mötet.
deadline-plan-late = Planen är inte skickad inom fyra arbetsdagar efter mötet.
deadline-no-follow-up = Inget datum för uppföljning.
deadline-none = Inom tid
deadline-due = senast { $date }

note-consent-given = Samtycke lämnat
note-consent-withdrawn = Samtycke återtaget
note-child-says-no = Barnet säger nej till SIP
note-deletion-requested = Familjen ber att det som sparats tas bort nu (delaktig erase-person)
note-preparation-done = Förberedelsen är klar
note-evaluation-answered = Utvärderingen är besvarad

checklist-title = Checklista för delaktighet
checklist-summary = { $done } av { $total }
checklist-warnings = { $count ->
    [one] { $count } varning
   *[other] { $count } varningar
}
checklist-state-done = Klart
checklist-state-open = Att göra
checklist-state-warning = Varning
checklist-phase-preparation = Förberedelse
checklist-phase-invitation = Kallelse
checklist-phase-meeting = Genomförande
checklist-phase-after = Efteråt
checklist-from-data = Bockas av från uppgifterna
checklist-tick = Bocka av
checklist-untick = Ta bort bocken
checklist-ticked-by = { $who }, { $at }
checklist-talk-with-family = Samtala med barnet och familjen om SIP och planera för barnets delaktighet.
checklist-consent = Familjen har samtyckt till SIP.
checklist-child-says = Barnet eller ungdomen har själv fått säga vad hen tycker om SIP.
checklist-child-prepared = Barnet eller ungdomen har förberett sig och valt vad som delas.
checklist-adaptations = Tolk eller andra anpassningar som familjen bett om står i kallelsen.
checklist-time-place = Mötesform, tid och plats stämmer med vad barnet önskade.
checklist-purpose-with-family = Syftet med mötet är formulerat tillsammans med barnet och familjen.
checklist-start-stop = Kallelsen har både start- och sluttid.
checklist-not-there = De som barnet inte vill ha med är inte kallade.
checklist-not-too-many = Antalet kallade är inte fler än barnet tyckte var bra.
checklist-plain-language = Mötet hålls på ett språk utan fackuttryck.
checklist-plan-easy-read = Planen är skickad till familjen i lättläst form.
checklist-evaluation = Barnet och familjen har erbjudits att utvärdera mötet.

dash-add-participant = Lägg till deltagare
dash-print-booklet = Skriv ut på papper
dash-invite-issue = Ny inbjudan
dash-invite-revoke = Återkalla
dash-invite-locked = Låst: koden blev fel fem gånger. Ge en ny inbjudan.
invite-sheet-title = Inbjudan
invite-sheet-once = Länken visas bara nu. Skriv ut sidan eller skicka länken nu.
invite-sheet-heading = Välkommen till Delaktig
invite-sheet-intro-child = Snart ska vuxna träffas och prata om hur du kan få hjälp. Du kan berätta vad som är viktigt för dig innan mötet.
invite-sheet-intro-youth = Snart är det ett SIP-möte om dig. Här kan du förbereda dig och berätta vad som är viktigt för dig.
invite-sheet-intro-guardian = Snart är det ett SIP-möte om ert barn. Här kan ni berätta vad som är viktigt för er och säga ja eller nej till samtycke.
invite-sheet-step-scan = Rikta mobilens kamera mot rutan nedan.
invite-sheet-step-link = Eller skriv in länken i mobilen.
invite-sheet-step-pause = Du kan pausa och fortsätta senare.
invite-sheet-step-share = Du väljer själv vad andra får se.
invite-sheet-qr-alt = QR-kod till inbjudan
invite-sheet-web = Länk:
invite-sheet-telegram = I Telegram:
invite-sheet-expires = Länken fungerar i { $days } dagar och bara för dig.
invite-sheet-help =
    { $contact ->
        [none] Frågor? Ring eller skriv till din samordnare.
       *[other] Frågor? Ring eller skriv till din samordnare: { $contact }
    }
invite-sheet-local = Länken och QR-koden leder till den här datorn (localhost). En mobil kan inte öppna dem. Sätt den publika adressen i DELAKTIG_BASE_URL och skapa en ny inbjudan.
dash-protected-case-warning = Skyddade personuppgifter i ärendet. Du ser allt här. Underlag, kallelse, plan och export visar inte den skyddade personens namn, kontaktuppgifter, plats eller fritextsvar.

## Help now and protected identity (issue 9).
note-help-now = Någon i ärendet vill ha hjälp nu. Öppna ärendet och se vem.
dash-not-for-meeting = inte för mötet
dash-alerts = Brådskande
dash-coordinator = Samordnaren
dash-field-coordinator-name = Ditt namn
dash-hint-coordinator-name = Står i kallelsen som huvudansvarig. Till exempel: Anna Andersson, socialsekreterare
dash-field-coordinator-contact = Så når familjen dig
dash-hint-coordinator-contact = Visas när någon trycker på "Jag behöver hjälp nu". Till exempel: 08-123 456 78
dash-field-coordinator-hours = När du svarar
dash-hint-coordinator-hours = Till exempel: måndag till fredag klockan 9 till 16
dash-col-protected = Skyddad identitet
dash-protected = Skyddad identitet
dash-protect = Markera skyddad identitet
dash-unprotect = Ta bort skyddad identitet
dash-protected-warning = Skyddad identitet: { $role }. Namn, kontaktuppgifter och plats visas inte för någon annan. Lämna inte ut dem.

## Samtal och roller i formuläret för nytt ärende

dialog-name-min-rost-barn = Min röst – barn
dialog-name-min-rost-ungdom = Min röst – ungdom
dialog-name-samtycke-vardnadshavare = Samtycke – vårdnadshavare
dialog-name-vad-ar-viktigt-vardnadshavare = Vad är viktigt för er? – vårdnadshavare
dialog-name-samtycke-och-vad-ar-viktigt = Samtycke, sedan Vad är viktigt för er? – vårdnadshavare
dialog-name-samtycke-barn = Barnets egen röst om SIP – barn
dialog-name-samtycke-ungdom = Eget samtycke – ungdom som bestämmer själv
dialog-name-utvardering-barn = Utvärdering – barn
dialog-name-utvardering-ungdom = Utvärdering – ungdom
dialog-name-utvardering-vardnadshavare = Utvärdering – vårdnadshavare
dialog-name-demo = Demo
form-role-child = Barn (ungefär 7–12 år)
form-role-youth = Ungdom (ungefär 13–17 år)
form-role-young-adult = Ung vuxen (18–20 år), utan vårdnadshavare
dash-dialog-default = Förvalt för rollen
dash-no-second-guardian = Ingen andra vårdnadshavare
dash-hint-guardians = Båda vårdnadshavarna måste säga ja, så båda får samtalet om samtycke. Fyll i skälet om en har ensam vårdnad. För en ung vuxen används inte de här fälten.
dash-field-child-assent = Barnet svarar själv på frågan om SIP (ett kort samtal med bilder, en egen inbjudan)
dash-field-youth-decides = Ungdomen bestämmer själv om samtycke, efter ålder och mognad (ett eget samtal om samtycke)
