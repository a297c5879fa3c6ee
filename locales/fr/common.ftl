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

# Quand une chose s’est produite, comme les listes l’affichent ; le moment exact est à côté.
moment-just-now = à l’instant
moment-yesterday = hier
moment-minutes-ago = { $count ->
    [one] il y a { $count } minute
    [many] il y a { $count } de minutes
   *[other] il y a { $count } minutes
}
moment-hours-ago = { $count ->
    [one] il y a { $count } heure
    [many] il y a { $count } d’heures
   *[other] il y a { $count } heures
}
moment-days-ago = { $count ->
    [one] il y a { $count } jour
    [many] il y a { $count } de jours
   *[other] il y a { $count } jours
}
moment-months-ago = { $count ->
    [one] il y a { $count } mois
    [many] il y a { $count } de mois
   *[other] il y a { $count } mois
}
moment-years-ago = { $count ->
    [one] il y a { $count } an
    [many] il y a { $count } d’années
   *[other] il y a { $count } ans
}
moment-in-minutes = { $count ->
    [one] dans { $count } minute
    [many] dans { $count } de minutes
   *[other] dans { $count } minutes
}
moment-in-hours = { $count ->
    [one] dans { $count } heure
    [many] dans { $count } d’heures
   *[other] dans { $count } heures
}
moment-in-days = { $count ->
    [one] dans { $count } jour
    [many] dans { $count } de jours
   *[other] dans { $count } jours
}
moment-in-months = { $count ->
    [one] dans { $count } mois
    [many] dans { $count } de mois
   *[other] dans { $count } mois
}
moment-in-years = { $count ->
    [one] dans { $count } an
    [many] dans { $count } d’années
   *[other] dans { $count } ans
}
# Le moment exact, tel que strftime l’écrit : %-d jour, %b nom court du mois (%B long), %Y année,
# %H:%M heures et minutes, %Z abréviation du fuseau horaire. Les mois sont écrits dans la langue.
moment-exact-format = %-d %b %Y, %H:%M %Z
moment-never = Jamais

# Messages d’erreur. Ceux qui n’ont pas d’espace réservé sont aussi affichés par le navigateur lui-même.
error-validation = Veuillez corriger les champs signalés
error-unauthenticated = Connectez-vous pour continuer
error-invalid-credentials = L’adresse e-mail ou le mot de passe est incorrect
error-not-found = Introuvable
error-rate-limited = { $minutes ->
    [one] Trop de tentatives, réessayez dans { $minutes } minute
    [many] Trop de tentatives, réessayez dans { $minutes } de minutes
   *[other] Trop de tentatives, réessayez dans { $minutes } minutes
}
# Suivi de deux-points et du détail technique, qui reste tel que le serveur l’a écrit.
error-bad-request = La requête n’a pas pu être comprise
error-busy = Roster est momentanément occupé, réessayez dans quelques secondes
error-internal = Une erreur s’est produite
error-network = Impossible de joindre le serveur, vérifiez votre connexion et réessayez

number-group-separator =  
