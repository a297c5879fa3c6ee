# Texts shared by many pages.

loading = Loading…
roster = Roster
# A browser tab's title: the page first, as a row of tabs shows only the start.
title-in-workspace = { $page } · { $workspace } · Roster
title-signed-out = { $page } · Roster

count-users = { $count ->
    [one] { $count } user
   *[other] { $count } users
}

language-label = Language
language-save = Save
