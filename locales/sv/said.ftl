# "Du sa – vi gjorde": det barnet, ungdomen och vårdnadshavarna sa, och vad det blev i planen.

said-title = Det här sa du – så här blev det
said-title-guardian = Det här sa ni – så här blev det
said-became-goal-child = Det blev mål { $n }: { $text }
said-became-goal-guardian = Det blev delmål { $n }: { $text }
said-dash-title = Du sa – vi gjorde
said-dash-intro = Det här delade familjen med mötet. Koppla varje svar till ett delmål, eller skriv en enkel mening om varför inte. Familjen ser sina egna svar i planen med det du väljer här.
said-dash-goal = Blev det här delmål
said-dash-no-goal = Inget delmål
said-dash-why = Annars: varför inte, i en enkel mening
said-dash-why-example = Vi pratade om det. Vi väntar med det till nästa möte.
plan-error-said-goal = Ett svar är kopplat till delmål { $n }, men det finns inte.
