## Languages, for the coordinator: the pack is in Swedish and says when answers were not.

pack-answered-in = Svaren är givna på { $language }.
