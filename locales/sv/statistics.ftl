## Enhetens statistik över utvärderingen (bot/exports/statistics.py)

stats-title = Utvärdering av delaktighet: { $unit }
stats-period = Period: { $start } till { $end }
stats-period-all = Period: alla svar
stats-intro = Svaren är anonyma. En ruta visas bara när minst { $min } har svarat. Annars står det "för få svar".
stats-too-few = för få svar
stats-audience-child = Barn
stats-audience-youth = Ungdomar
stats-audience-guardian = Vårdnadshavare
stats-responses = { $n } svar
stats-all-months = Hela perioden
stats-month = Månad
stats-answers = Antal svar
stats-option = Svar
stats-chart-alt = Diagram: { $question } Fördelningen av svaren per månad. Samma siffror finns i tabellen under.
stats-table-caption = Tabell: { $question }
stats-no-data = Inga svar under perioden.
stats-texts-heading = Fritext från dem som sa ja till att samordnaren får se svaren
stats-texts-none = Ingen fritext att visa.
stats-csv-audience = målgrupp
stats-csv-item = fråga
stats-csv-question = frågetext
stats-csv-month = månad
stats-csv-option = svar
stats-csv-count = antal
stats-csv-n = antal svar
stats-csv-all = alla
