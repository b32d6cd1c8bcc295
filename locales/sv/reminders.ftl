## Påminnelser till familjen (bot/services/reminders.py). Inga meddelanden 20–08.

reminder-evaluation-invite = Tack för mötet! Hur var det för dig? Svara på några korta frågor. Det tar fem minuter.
reminder-evaluation-again = Vill du berätta hur mötet var? Frågorna finns kvar. Du väljer själv om du vill svara.
reminder-follow-up = Snart ses ni igen: { $date }. Då pratar ni om hur planen går.
reminder-consent-still = Gäller ditt samtycke fortfarande? Om något har ändrats kan du ändra det här.
reminder-anything-new = Har något nytt hänt? Du kan svara på några frågor före mötet.
reminder-open-evaluation = Svara på frågorna
reminder-open-preparation = Förbered mötet
inbox-heading = Nytt till dig
