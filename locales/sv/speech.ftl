## Read-aloud: the words around a question when it is heard instead of read.

action-listen = Lyssna
speech-option = Svar { $number }: { $label }
speech-choose-many = Du kan välja flera svar.
