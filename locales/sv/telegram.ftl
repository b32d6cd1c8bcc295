## The Telegram channel.

telegram-write-answer = Skriv ditt svar här i chatten och skicka det.
telegram-clear-offer = Lånar du någon annans telefon? Då kan du rensa chatten. Dina svar är redan sparade.
telegram-clear = Rensa chatten
telegram-cleared = Chatten är rensad.
telegram-unbound = Hej! Jag är Delaktig. För att börja behöver du en inbjudan. Du får den av den vuxna som hjälper dig inför mötet. Tryck på länken i inbjudan, så kommer du hit.
telegram-no-invite = Hej! För att börja behöver du en inbjudan. Fråga den vuxna som hjälper dig inför mötet. Tryck sedan på länken i inbjudan.
telegram-bad-invite = Den här inbjudan fungerar inte längre. Be den vuxna som hjälper dig om en ny.
telegram-media = Tack! Jag kan bara läsa text och knappar. Det du skickade sparas inte. Här är frågan igen.
telegram-error = Oj, något gick fel hos mig. Dina svar är sparade. Försök igen om en stund.
telegram-choose-language = Vilket språk vill du ha?
telegram-lang-sv = Svenska
telegram-lang-en = English
telegram-erase-confirm = Vill du radera alla dina svar? Det går inte att ångra.
telegram-erase-yes = Ja, radera mina svar
telegram-erase-no = Nej, fortsätt
telegram-withdraw-confirm = Vill du ta tillbaka ditt samtycke? Då stoppas allt, och din samordnare får veta det.
telegram-withdraw-yes = Ja, ta tillbaka samtycket

telegram-cmd-hjalp = Vad betyder frågan?
telegram-cmd-tillbaka = Gå tillbaka en fråga
telegram-cmd-hoppa = Hoppa över frågan
telegram-cmd-pausa = Pausa och fortsätt senare
telegram-cmd-sprak = Byt språk
telegram-cmd-aterkalla = Ta tillbaka samtycket (vårdnadshavare)
telegram-cmd-radera = Radera mina svar
telegram-cmd-hjalpnu = Jag behöver hjälp nu
telegram-cmd-plan = Visa planen från mötet
telegram-cmd-beratta = Berätta för min samordnare att jag behöver hjälp
telegram-cmd-lyssna = Läs frågan högt
telegram-cmd-utvardera = Svara på frågor om mötet
telegram-cmd-uppfoljning = Svara på hur det har gått sedan mötet
