# Texty, které sdílí mnoho stránek.

loading = Načítání…
roster = Roster
# Název karty prohlížeče: nejdřív stránka, protože v řadě karet je vidět jen začátek.
title-in-workspace = { $page } · { $workspace } · Roster
title-signed-out = { $page } · Roster

count-users = { $count ->
    [one] { $count } uživatel
    [few] { $count } uživatelé
    [many] { $count } uživatele
   *[other] { $count } uživatelů
}

language-label = Jazyk
language-save = Uložit
