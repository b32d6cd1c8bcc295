# Uppföljning för barn: "Hur har det gått?" före nästa möte.

fub-title = Hur har det gått?
fub-welcome = Snart är det ett nytt möte. Då pratar ni om planen. Nu vill vi veta hur det har gått. Du bestämmer själv vad du svarar.
fub-welcome-help = Det finns inga rätta svar. Du kan hoppa över en fråga. Sist väljer du vem som får se svaren.
fub-done-lines = Vad har de vuxna gjort av det de lovade?
fub-done-lines-help = Här står det som finns i planen. Välj det som har hänt. Du kan välja flera.
fub-done-lines-none = Inget har hänt än
fub-better = Har det blivit bättre?
fub-better-help = Tänk på det som var viktigt för dig. Glad betyder bättre. Ledsen betyder inte bättre.
fub-changed = Har något blivit annorlunda?
fub-changed-help = Välj det som har ändrats. Du kan välja flera.
fub-changed-school = I skolan
fub-changed-home = Hemma
fub-changed-friends = Med kompisar
fub-changed-nothing = Inget har ändrats
fub-change-plan = Vill du ändra något i planen?
fub-change-plan-help = Skriv vad du vill ändra. Du kan också hoppa över.
fub-same-people = Ska samma vuxna komma på nästa möte?
fub-same-people-help = Tänk på förra mötet. Var det bra med de vuxna som kom?
fub-same-people-yes = Ja, samma vuxna
fub-same-people-no = Nej, någon annan
fub-same-people-dont-know = Jag vet inte
fub-review = Här är dina svar. Välj vem som får se dem.
fub-review-help = Allt till mötet betyder att alla på mötet ser svaren. Bara min samordnare betyder att bara samordnaren ser dem.
fub-done = Tack! Nu är du klar. Dina svar hjälper till på nästa möte.
