# Uppföljning för ungdomar: "Hur har det gått?" före nästa möte.

fuu-title = Hur har det gått?
fuu-welcome = Snart är det ett nytt möte om planen. Nu vill vi veta hur det har gått sedan förra mötet. Du bestämmer själv vad du svarar.
fuu-welcome-help = Det finns inga rätta svar. Du kan hoppa över en fråga. Sist väljer du vem som får se svaren.
fuu-done-lines = Vad har de vuxna gjort av det som står i planen?
fuu-done-lines-help = Här står sakerna i planen, med enkla ord. Välj det som har blivit gjort. Du kan välja flera.
fuu-done-lines-none = Inget har blivit gjort än
fuu-better = Har det blivit bättre sedan förra mötet?
fuu-better-help = Tänk på det som var viktigt för dig inför förra mötet.
fuu-changed = Har något ändrats sedan förra mötet?
fuu-changed-help = Välj det som har ändrats. Du kan välja flera.
fuu-changed-school = I skolan
fuu-changed-home = Hemma
fuu-changed-friends = Med vänner
fuu-changed-nothing = Inget har ändrats
fuu-change-plan = Vill du ändra något i planen?
fuu-change-plan-help = Skriv vad du vill ändra, lägga till eller ta bort. Du kan också hoppa över.
fuu-same-people = Ska samma personer komma på nästa möte?
fuu-same-people-help = Tänk på vilka som var med förra gången. Var det rätt personer?
fuu-same-people-yes = Ja, samma personer
fuu-same-people-no = Nej, någon ska bytas
fuu-same-people-dont-know = Jag vet inte
fuu-review = Här är dina svar. Välj vem som får se dem.
fuu-review-help = Allt till mötet betyder att alla på mötet kan läsa svaren. Bara min samordnare betyder att bara samordnaren ser dem.
fuu-done = Tack! Nu är du klar. Dina svar tas med till nästa möte.
