## Read-aloud: the words around a question when it is heard instead of read.

action-listen = Listen
speech-option = Answer { $number }: { $label }
speech-choose-many = You can choose more than one answer.
speech-unavailable = Reading aloud does not work right now. The text is still here.
console-hint-listen = Type /lyssna to hear the question.
console-audio = The sound is here: { $path }
