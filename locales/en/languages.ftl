## Languages, for the coordinator: the pack is in Swedish and says when answers were not.

pack-answered-in = The answers were given in { $language }.
