# Uppföljning för vårdnadshavare: "Hur har det gått?" före nästa möte.

fuv-title = Hur har det gått?
fuv-welcome = Snart är det ett nytt möte om planen. Vi vill veta hur det har gått sedan förra mötet. Du väljer själv vad du svarar.
fuv-welcome-help = Det tar några minuter. Du kan hoppa över frågor. Sist väljer du vem som får se svaren.
fuv-done-lines = Vilka saker i planen har blivit gjorda?
fuv-done-lines-help = Här står sakerna i planen, med enkla ord. Välj det som har blivit gjort. Du kan välja flera.
fuv-done-lines-none = Inget har blivit gjort än
fuv-better = Har det blivit bättre för ert barn sedan förra mötet?
fuv-better-help = Tänk på det ni ville att mötet skulle leda till.
fuv-changed = Har något ändrats sedan förra mötet?
fuv-changed-help = Välj det som har ändrats. Du kan välja flera.
fuv-changed-school = I skolan
fuv-changed-home = Hemma
fuv-changed-friends = Med vänner
fuv-changed-nothing = Inget har ändrats
fuv-change-plan = Vill du ändra något i planen?
fuv-change-plan-help = Skriv vad ni vill ändra, lägga till eller ta bort. Du kan också hoppa över.
fuv-same-people = Ska samma personer komma på nästa möte?
fuv-same-people-help = Tänk på vilka som var med förra gången. Saknades någon, eller var någon inte behövd?
fuv-same-people-yes = Ja, samma personer
fuv-same-people-no = Nej, någon ska bytas
fuv-same-people-dont-know = Jag vet inte
fuv-review = Här är dina svar. Välj vem som får se dem.
fuv-review-help = Mötet får se betyder att alla på mötet kan läsa svaret. Bara min samordnare betyder att bara samordnaren ser det.
fuv-done = Tack! Nu är du klar. Dina svar tas med till nästa möte.
