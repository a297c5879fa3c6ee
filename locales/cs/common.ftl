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

# Kdy se něco stalo, jak to ukazují seznamy; přesný okamžik je vedle.
moment-just-now = právě teď
moment-yesterday = včera
moment-minutes-ago = { $count ->
    [one] před { $count } minutou
    [few] před { $count } minutami
    [many] před { $count } minuty
   *[other] před { $count } minutami
}
moment-hours-ago = { $count ->
    [one] před { $count } hodinou
    [few] před { $count } hodinami
    [many] před { $count } hodiny
   *[other] před { $count } hodinami
}
moment-days-ago = { $count ->
    [one] před { $count } dnem
    [few] před { $count } dny
    [many] před { $count } dne
   *[other] před { $count } dny
}
moment-months-ago = { $count ->
    [one] před { $count } měsícem
    [few] před { $count } měsíci
    [many] před { $count } měsíce
   *[other] před { $count } měsíci
}
moment-years-ago = { $count ->
    [one] před { $count } rokem
    [few] před { $count } lety
    [many] před { $count } roku
   *[other] před { $count } lety
}
moment-in-minutes = { $count ->
    [one] za { $count } minutu
    [few] za { $count } minuty
    [many] za { $count } minuty
   *[other] za { $count } minut
}
moment-in-hours = { $count ->
    [one] za { $count } hodinu
    [few] za { $count } hodiny
    [many] za { $count } hodiny
   *[other] za { $count } hodin
}
moment-in-days = { $count ->
    [one] za { $count } den
    [few] za { $count } dny
    [many] za { $count } dne
   *[other] za { $count } dní
}
moment-in-months = { $count ->
    [one] za { $count } měsíc
    [few] za { $count } měsíce
    [many] za { $count } měsíce
   *[other] za { $count } měsíců
}
moment-in-years = { $count ->
    [one] za { $count } rok
    [few] za { $count } roky
    [many] za { $count } roku
   *[other] za { $count } let
}
# Přesný okamžik, jak ho píše strftime: %-d den, %b krátký název měsíce (%B dlouhý, v 2. pádě), %Y rok,
# %H:%M hodiny a minuty, %Z zkratka časového pásma. Názvy měsíců jsou v daném jazyce.
moment-exact-format = %-d. %B %Y, %H:%M %Z
moment-never = Nikdy

# Chybové zprávy. Ty bez zástupných symbolů zobrazuje i samotný prohlížeč.
error-validation = Opravte prosím zvýrazněná pole
error-unauthenticated = Přihlaste se, abyste mohli pokračovat
error-invalid-credentials = E-mail nebo heslo není správné
error-not-found = Nenalezeno
error-rate-limited = { $minutes ->
    [one] Příliš mnoho pokusů, zkuste to znovu za { $minutes } minutu
    [few] Příliš mnoho pokusů, zkuste to znovu za { $minutes } minuty
    [many] Příliš mnoho pokusů, zkuste to znovu za { $minutes } minuty
   *[other] Příliš mnoho pokusů, zkuste to znovu za { $minutes } minut
}
# Následuje dvojtečka a technický detail, který zůstává tak, jak ho napsal server.
error-bad-request = Požadavku se nepodařilo porozumět
error-busy = Roster je právě vytížený, zkuste to znovu za pár sekund
error-internal = Něco se pokazilo
error-network = Nepodařilo se spojit se serverem, zkontrolujte připojení a zkuste to znovu

number-group-separator =  
