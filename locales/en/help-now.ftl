## "I need help now": on every step of every dialog. Easy-read, like the Swedish.

help-now-button = I need help now
help-now =
    Is someone in danger right now? Call 112.
    Do you want to talk to someone? Call Bris on 116 111.
    Bris is for children and young people. It is free.
    You do not have to say who you are.
    { $coordinator_contact ->
        [none] You can also talk to your coordinator.
       *[other] You can reach your coordinator on { $coordinator_contact }.
    }
    { $coordinator_hours ->
        [none] Your coordinator answers when they are at work.
       *[other] Your coordinator answers { $coordinator_hours }.
    }
    No adult reads this around the clock. Is it urgent? Call 112 or Bris.
help-now-paper = Do you not know how to reach your coordinator? Ask the adult who gave you the paper.
help-now-tell = Tell my coordinator
help-now-told = Now your coordinator can see that you want help. They will contact you when they can. Is it urgent? Call 112 or Bris.
help-now-no-coordinator = There is no coordinator to tell here. Call Bris on 116 111.

console-hint-help-now = Type /hjalpnu if you need help now.
console-hint-tell = Type /beratta and your coordinator will see that you want help.
