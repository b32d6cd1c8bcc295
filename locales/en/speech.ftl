## Read-aloud: the words around a question when it is heard instead of read.

action-listen = Listen
speech-option = Answer { $number }: { $label }
speech-choose-many = You can choose more than one answer.
