## Enhetens statistik över utvärderingen (bot/exports/statistics.py)

stats-title = Utvärdering av delaktighet: { $unit }
stats-period = Period: { $period }
stats-period-label = Period
stats-period-invalid = Välj ett år, ett kvartal eller en månad, till exempel 2026, 2026-Q4 eller 2026-11.
stats-intro = Svaren är anonyma. Du väljer ett år, ett kvartal eller en månad. En ruta visas bara när minst { $min } har svarat. En ruta kan också döljas, så att ingen kan räkna ut vad en enda person svarade. Då står det "för få svar".
stats-too-few = för få svar
stats-audience-child = Barn
stats-audience-youth = Ungdomar
stats-audience-guardian = Vårdnadshavare
stats-responses = { $n } svar
stats-all-months = Hela perioden
stats-month = Period
stats-answers = Antal svar
stats-option = Svar
stats-chart-alt = Diagram: { $question } Fördelningen av svaren under perioden och dess delar. Samma siffror finns i tabellen under.
stats-table-caption = Tabell: { $question }
stats-no-data = Inga svar under perioden.
stats-texts-heading = Fritext från dem som sa ja till att samordnaren får se svaren
stats-texts-none = Ingen fritext att visa.
stats-csv-audience = målgrupp
stats-csv-item = fråga
stats-csv-question = frågetext
stats-csv-month = period
stats-csv-option = svar
stats-csv-count = antal
stats-csv-n = antal svar
