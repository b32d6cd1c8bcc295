## The preparation pack ("Underlag inför SIP-mötet") and the pre-filled invitation (kallelse).

pack-title = Underlag inför SIP-mötet
pack-refused = Underlaget kan inte visas än.
pack-download = Ladda ner:
pack-format-pdf = PDF
pack-format-json = JSON
pack-format-docx = Kallelse (Word)
pack-format-html = HTML
pack-generated = Skapat { $at }
pack-coordinator = Samordningsansvarig
pack-meeting = Mötet
pack-when = Tid
pack-where = Plats
pack-adaptations = Tolk och anpassningar
pack-consent = Samtycke
pack-sole-custody = Ensam vårdnad
pack-consent-actors = Får delta
pack-consent-areas = Får tas upp
pack-consent-until = Gäller till
pack-consent-until-closed = tills SIP:en avslutas
pack-voice-of = Min röst – { $who }
pack-view-of = Vårdnadshavarens syn – { $who }
pack-preparation = Förberedelse
pack-answer-withheld = Svaret hålls inne för att skydda en person.
pack-place-withheld = Platsen meddelas separat.
pack-nothing-shared = Inget har delats med mötet.
pack-not-to-raise = Tas inte upp på mötet
pack-invitation = Förslag till kallelse
pack-purpose = Syfte – utifrån vad som är viktigt för mig
pack-questions = Frågor vi ska prata om
pack-invited = Kallas
pack-coordinator-only = För dig som samordnar – inte för mötet
pack-footer-openmoji = Delaktig · Bilder: OpenMoji (openmoji.org), licens CC BY-SA 4.0 · Typsnitt: Atkinson Hyperlegible (SIL OFL)

pack-section-important = Det här är viktigt
pack-section-people = Viktiga personer
pack-section-taking-part = Så vill jag vara med
pack-section-topics = Att prata om
pack-section-message = Till mötet
pack-section-other = Övrigt

pack-area-family = Familjen
pack-area-school = Skolan
pack-area-friends = Kompisar
pack-area-home = Hemma
pack-area-health = Hälsan
pack-area-future = Framtiden
pack-area-free-time = Fritiden
pack-area-getting-around = Att ta sig runt

kallelse-title = Kallelse till SIP-möte
kallelse-intro = En SIP görs när någon behöver stöd från flera verksamheter. Här står vilka som bjuds in, när och var vi ses, varför vi träffas och vad vi ska prata om.
kallelse-case = Ärende
kallelse-format = Mötesform
kallelse-participants = Kallas (namn, funktion eller relation)
kallelse-responsible = Huvudansvarig för SIP
kallelse-welcome = Välkommen!
