## Read-aloud: the words around a question when it is heard instead of read.

action-listen = Listen
speech-option = Answer { $number }: { $label }
speech-choose-many = You can choose more than one answer.
speech-review-item = Question { $number }: { $question } You answered: { $answer }
speech-review-share = { $share ->
        [meeting] The meeting may see the answer.
        [private] Only you see the answer.
       *[coordinator] Only your coordinator may see the answer.
    }
speech-unavailable = Reading aloud does not work right now. The text is still here.
console-hint-listen = Type /lyssna to hear the question.
console-audio = The sound is here: { $path }
console-audio-once = The answers were read aloud ({ $size } bytes of sound). The sound is not kept.
