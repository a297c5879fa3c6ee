# Textes communs à de nombreuses pages.

loading = Chargement…
roster = Roster
# Titre d’un onglet du navigateur : la page d’abord, car une rangée d’onglets n’en montre que le début.
title-in-workspace = { $page } · { $workspace } · Roster
title-signed-out = { $page } · Roster

count-users = { $count ->
    [one] { $count } utilisateur
    [many] { $count } d’utilisateurs
   *[other] { $count } utilisateurs
}

language-label = Langue
language-save = Enregistrer
