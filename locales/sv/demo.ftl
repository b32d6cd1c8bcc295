demo-title = Prova Delaktig
demo-welcome = Hej! Det här är en kort prövning. Du svarar på några frågor. Du väljer själv vad du vill svara.
demo-welcome-help = Det här är bara för att prova. Inga svar skickas till någon.
demo-areas = Vad är viktigt för dig just nu? Välj en eller flera.
demo-areas-help = Välj de saker du vill prata om. Du kan välja flera.
demo-area-school = Skolan
demo-area-friends = Kompisar
demo-area-free-time = Fritiden
demo-area-how = Hur är det { $area ->
    [school] i skolan
    [friends] med kompisar
   *[other] på fritiden
  } nu?
demo-area-how-help = Välj en siffra. 1 är mycket dåligt. 5 är mycket bra.
demo-area-hard = Vad är svårt { $area ->
    [school] i skolan
    [friends] med kompisar
   *[other] på fritiden
  }?
demo-area-hard-help = Skriv med egna ord. Du kan också hoppa över.
demo-area-good = Vad går bra { $area ->
    [school] i skolan
    [friends] med kompisar
   *[other] på fritiden
  }?
demo-area-good-help = Skriv något som är bra. Det kan vara en liten sak.
demo-meeting = Vill du vara med på mötet?
demo-meeting-help = Mötet är när de vuxna som hjälper dig träffas. Du får vara med om du vill.
demo-meeting-yes = Ja
demo-meeting-no = Nej
demo-message = Vad vill du att de vuxna ska veta?
demo-message-help = Du är inte med på mötet. Skriv det du vill säga. Någon läser det för de vuxna.
demo-review = Här är dina svar. Välj vem som får se varje svar.
demo-review-help = Du bestämmer vem som får se dina svar. Mötet är alla vuxna. Din samordnare är den vuxna som ordnar mötet.
demo-done = Tack! Dina svar är sparade.
