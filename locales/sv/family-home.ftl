# Familjens sida efter mötet (webben), och det som skickas när planen är klar.

home-title = Din sida
home-new-plan = Nu finns planen från mötet. Där står vad ni bestämde och vem som gör vad.
home-open-plan = Läs planen
home-new-evaluation = Svara på hur mötet var. Det tar fem minuter.
home-new-follow-up = Snart ses ni igen: { $date }. Då pratar ni om hur planen går.
home-nothing-new = Inget nytt just nu.
home-no-plan = Här kommer planen från mötet. Du ser den här när den är klar.
home-contact-title = Om något inte fungerar
home-contact = Prata med { $name }.
home-call = Ring { $number }
reminder-plan-sent = Nu finns planen från mötet. Där står vad ni bestämde och vem som gör vad.
home-open-follow-up = Svara på hur det har gått
