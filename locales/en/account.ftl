# The person's own language, at Account menu → Language and on the signed-out pages.

language-heading = Language
language-intro = Roster shows you its pages and writes you email in this language.
# The choice of someone who has not picked one: their browser's language, else the workspace's.
language-automatic = Automatic ({ $language })
language-automatic-hint = Until you choose, Roster follows your browser's language, and the workspace's language when your browser's is not one of Roster's.
language-saved = Your language is saved.
language-unknown = Choose a language from the list.
language-saving = Saving…
