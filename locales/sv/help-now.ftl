## "Jag behöver hjälp nu": on every step of every dialog. Easy-read for a child:
## LIX at most 25, at most 10 words a sentence. $coordinator_contact and $coordinator_hours
## come from the case; "none" means the case did not say, and a plain sentence is used.
## help-now-paper follows help-now on the public read-aloud page of the printed questionnaire.

help-now-button = Jag behöver hjälp nu
help-now =
    Är någon i fara just nu? Ring 112.
    Vill du prata med någon? Ring Bris på 116 111.
    Bris är till för barn och unga. Det är gratis.
    Du behöver inte säga vem du är.
    { $coordinator_contact ->
        [none] Du kan också prata med din samordnare.
       *[other] Du når din samordnare på { $coordinator_contact }.
    }
    { $coordinator_hours ->
        [none] Din samordnare svarar när hen jobbar.
       *[other] Din samordnare svarar { $coordinator_hours }.
    }
    Ingen vuxen läser här dygnet runt. Är det bråttom? Ring 112 eller Bris.
help-now-paper = Vet du inte hur du når din samordnare? Fråga den vuxna som gav dig pappret.
help-now-tell = Berätta för min samordnare
help-now-told = Nu ser din samordnare att du vill ha hjälp. Hen hör av sig när hen kan. Är det bråttom? Ring 112 eller Bris.
help-now-no-coordinator = Här finns ingen samordnare att berätta för. Ring Bris på 116 111.

console-hint-help-now = Skriv /hjalpnu om du behöver hjälp nu.
console-hint-tell = Skriv /beratta så ser din samordnare att du vill ha hjälp.
