## The unit's statistics of the evaluation (bot/exports/statistics.py)

stats-title = Evaluation of participation: { $unit }
stats-period = Period: { $period }
stats-period-label = Period
stats-period-invalid = Choose a year, a quarter or a month, for example 2026, 2026-Q4 or 2026-11.
stats-intro = The answers are anonymous. You choose a year, a quarter or a month. A cell is shown only when at least { $min } have answered. A cell can also be hidden so that nobody can work out what a single person answered. Then it says "too few answers".
stats-too-few = too few answers
stats-audience-child = Children
stats-audience-youth = Young people
stats-audience-guardian = Guardians
stats-responses = { $n } responses
stats-all-months = Whole period
stats-month = Period
stats-answers = Answers
stats-option = Answer
stats-chart-alt = Chart: { $question } The distribution of answers in the period and its parts. The same numbers are in the table below.
stats-table-caption = Table: { $question }
stats-no-data = No responses in the period.
stats-texts-heading = Free text from those who said yes to the coordinator seeing their answers
stats-texts-none = No free text to show.
stats-csv-audience = audience
stats-csv-item = item
stats-csv-question = question
stats-csv-month = period
stats-csv-option = answer
stats-csv-count = count
stats-csv-n = responses
