## Barnets eget svar om SIP (dialogs/samtycke-barn.yaml)

sab-title = Vad tycker du om planen?

sab-intro = Hej! Vuxna hjälper dig. De vill göra en plan för dig. De gör planen på ett möte. Nu får du säga vad du tycker.
sab-intro-help = Planen heter SIP. Den ska hjälpa dig. Du och din familj är med på mötet.
sab-sip = Vill du att de vuxna gör en plan för dig?
sab-sip-help = De vuxna ska lyssna på ditt svar. Din samordnare får se svaret. Det är den vuxna som ordnar mötet.
sab-sip-yes = Ja
sab-sip-unsure = Jag vet inte
sab-sip-no = Nej
sab-topics = Vad får de vuxna prata om? Välj.
sab-topics-help = Välj det som de får prata om. Du kan hoppa över.
sab-done = Tack! Din samordnare får veta vad du tycker.
sab-done-help = Du kan ändra dig. Säg det till en vuxen. Om någon gör dig illa, måste de vuxna hjälpa dig.
