# Planens delar som kan läggas till: så vet vi att det är klart, i väntan på beslut, vem som
# kommer på uppföljningen, och att familjen har sagt ja till planen.

plan-done-when-child = Så vet vi att det är klart: { $text }
plan-done-when-guardian = Så vet vi att delmålet är nått: { $text }
plan-explain-done-when-child = Här står hur alla kan se att målet är klart.
plan-explain-done-when-guardian = Här står vad som ska ha hänt när delmålet är nått. Då kan ni se om planen fungerar.
plan-waiting-child = Tills något är bestämt: { $text }
plan-waiting-guardian = I väntan på beslut: { $text }
plan-explain-waiting-child = Ibland måste någon bestämma något först. Här står vad som händer tills dess.
plan-explain-waiting-guardian = Ibland väntar ni på ett beslut, till exempel om ett stöd. Här står vad som görs under tiden.
plan-follow-up-people-child = De som kommer då: { $who }
plan-follow-up-people-guardian = De som kommer på uppföljningen: { $who }
plan-agreed-child = Du och din familj har sagt ja till planen.
plan-agreed-guardian = Barnet och familjen har sagt ja till planen.
plan-explain-agreed-child = Ni har fått säga vad ni tycker. Ni tyckte att planen är bra.
plan-explain-agreed-guardian = Ni har fått säga vad ni tycker om planen och sagt ja till den. Ni kan ändra er. Säg det till den som håller ihop planen.
plan-dash-done-when = Så vet vi att det är klart (i enkla ord)
plan-dash-waiting = I väntan på beslut (i enkla ord)
plan-dash-follow-up-people = Vilka kommer på uppföljningen
plan-dash-family-agreed = Barnet och familjen har sagt ja till planen
