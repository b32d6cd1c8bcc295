## Planen efter mötet i lättläst form (bot/services/plan.py, bot/exports/plan.py).
## -child är barnets version (barn och ungdom), -guardian är vårdnadshavarens.

plan-title = Det här bestämde vi
plan-withheld = (det berättar samordnaren)
plan-intro-child = Här är planen från mötet. Den säger vad som ska hända. Den säger vem som hjälper dig.
plan-intro-guardian = Här är planen från mötet. Den säger vad som ska göras, vem som gör det och när.
plan-goal-child = Mål { $n }: { $text }
plan-goal-guardian = Delmål { $n }: { $text }
plan-activity-child = { $who }: { $what }
plan-activity-guardian = { $who } ansvarar: { $what }
plan-when-child = När: { $when }.
plan-when-guardian = När och hur ofta: { $when }.
plan-main-child = { $who } håller ihop planen. Fråga dem om du undrar något.
plan-main-guardian = Huvudansvarig för planen: { $who }.
plan-follow-up-child = Vi ses igen { $date }. Då pratar vi om hur det har gått.
plan-follow-up-guardian = Uppföljning { $date }. Då ser vi om planen fungerar.
plan-follow-up-place-child = Vi ses igen { $date } i { $place }. Då pratar vi om hur det har gått.
plan-follow-up-place-guardian = Uppföljning { $date } i { $place }. Då ser vi om planen fungerar.
plan-contact-child = Om något blir fel: prata med { $name }. Så når du hen: { $how }
plan-contact-guardian = Om något inte fungerar: kontakta { $name }, { $how }
plan-footer-child = Du kan alltid fråga vad något betyder.
plan-footer-guardian = Fråga gärna om något i planen är oklart.
plan-who-family-child = Din familj
plan-who-family-guardian = Familjen
plan-who-child-child = Du
plan-who-child-guardian = Barnet
plan-explain-formal-child = De vuxna skrev så här: { $text }
plan-explain-formal-guardian = I planen står det: { $text }
plan-explain-none-child = Det här står redan i enkla ord. Fråga en vuxen om du undrar mer.
plan-explain-none-guardian = Det här står redan i enkla ord. Fråga den som håller ihop planen om du undrar mer.
plan-what-does-it-mean = Vad betyder det?
plan-download-png = Spara planen som bild
plan-download-pdf = Spara planen som PDF
plan-none-yet = Planen är inte klar än. Du får den här när den är klar.
plan-image-alt = Planen från mötet som bild: { $goals } mål, datum för nästa möte och vem du kan prata med.

## Förklaringar av ord (Vad betyder det?). Id:t är ordet utan å, ä och ö.
gloss-insats = Insats betyder hjälp. Det är något som någon gör för att hjälpa dig eller familjen.
gloss-delmal = Delmål betyder ett litet mål på vägen. Flera små mål leder till det stora målet.
gloss-huvudansvarig = Huvudansvarig är den vuxna som håller ihop planen. Hen ser till att alla gör det de lovat.
gloss-samordnare = Samordnaren är den vuxna som ordnar mötena.
gloss-uppfoljning = Uppföljning betyder att ni ses igen. Då pratar ni om hur det har gått.
gloss-bup = BUP betyder barn- och ungdomspsykiatrin. Där kan du prata om hur du mår.
gloss-elevhalsa = Elevhälsan finns på skolan. Där jobbar till exempel skolsköterska och kurator.
gloss-kurator = En kurator är en vuxen som du kan prata med om hur du har det.
gloss-socialtjanst = Socialtjänsten hjälper barn och familjer som behöver stöd.
gloss-habilitering = Habiliteringen hjälper barn som har en funktionsnedsättning.
gloss-stodsamtal = Stödsamtal betyder att du pratar med någon som kan hjälpa dig.
gloss-sip = SIP är en plan som gör att de vuxna hjälper dig tillsammans.

## Fel och varningar för samordnaren (instrumentpanelen och kommandoraden)
plan-error-shape = Planen har fel form. Kontrollera fälten och försök igen.
plan-error-field = Fältet { $field } ska vara text.
plan-error-long = Fältet { $field } är för långt.
plan-error-no-goals = En plan behöver minst ett delmål.
plan-error-too-many = Planen har för många delmål.
plan-error-goal-title = Delmål { $n } behöver en rubrik.
plan-error-activity = Delmål { $n }, insats { $m }: skriv vad som görs och vem som ansvarar.
plan-error-follow-up-date = Planen behöver ett datum för uppföljning (ÅÅÅÅ-MM-DD).
plan-error-follow-up-before-meeting = Uppföljningen ({ $follow_up }) ligger före mötet ({ $meeting }). Välj ett senare datum.
plan-error-unknown-actor = { $actor } finns inte bland ärendets aktörer. Lägg till aktören i ärendet först.
plan-error-no-case = Ärendet finns inte.
plan-error-closed = Ärendet är inte öppet.
plan-error-none = Det finns ingen plan att skicka än.
plan-warn-no-consent = Samtycket är inte klart. Planen får inte skickas vidare förrän alla vårdnadshavare samtyckt.
plan-warn-outside-consent = { $actor } finns inte i samtycket. Be om nytt samtycke för den aktören.
plan-warn-no-contact = Skriv vem familjen kan vända sig till om något inte fungerar.
plan-warn-no-main = Ange vem som är huvudansvarig.
plan-lix-hint = { $where }: LIX { $lix } (mål högst { $limit }). Skriv kortare meningar och kortare ord.

## Instrumentpanelen: planen och statistiken (bot/web/plan_dashboard.py)
plan-dash-title = SIP-plan
plan-dash-saved = Planen är sparad (version { $version }).
plan-dash-sent-on = Planen skickades { $day }.
plan-dash-ask-delta = Be om nytt samtycke för { $actor }
plan-dash-goal = Delmål { $n }
plan-dash-goal-title = Delmål (som det står i planen)
plan-dash-plain = I enkla ord
plan-dash-pictogram = Bild
plan-dash-activity = Insats { $n }
plan-dash-what = Insats (vad görs)
plan-dash-responsible = Ansvarig
plan-dash-when = När
plan-dash-how-often = Hur ofta
plan-dash-after = Uppföljning och kontakt
plan-dash-follow-up-date = Datum för uppföljning
plan-dash-place = Plats
plan-dash-contact-name = Vem familjen vänder sig till om något inte fungerar
plan-dash-contact-how = Hur de når hen
plan-dash-main = Huvudansvarig
plan-dash-save = Spara planen
plan-dash-mark-sent = Markera planen som skickad i dag
plan-dash-statistics = Utvärdering: statistik
plan-dash-from = Från
plan-dash-to = Till
plan-dash-show = Visa
