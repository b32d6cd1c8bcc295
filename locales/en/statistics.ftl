## The unit's statistics of the evaluation (bot/exports/statistics.py)

stats-title = Evaluation of participation: { $unit }
stats-period = Period: { $start } to { $end }
stats-period-all = Period: all responses
stats-intro = The answers are anonymous. A cell is shown only when at least { $min } have answered. Otherwise it says "too few answers".
stats-too-few = too few answers
stats-audience-child = Children
stats-audience-youth = Young people
stats-audience-guardian = Guardians
stats-responses = { $n } responses
stats-all-months = Whole period
stats-month = Month
stats-answers = Answers
stats-option = Answer
stats-chart-alt = Chart: { $question } The distribution of answers per month. The same numbers are in the table below.
stats-table-caption = Table: { $question }
stats-no-data = No responses in the period.
stats-texts-heading = Free text from those who said yes to the coordinator seeing their answers
stats-texts-none = No free text to show.
stats-csv-audience = audience
stats-csv-item = item
stats-csv-question = question
stats-csv-month = month
stats-csv-option = answer
stats-csv-count = count
stats-csv-n = responses
stats-csv-all = all
