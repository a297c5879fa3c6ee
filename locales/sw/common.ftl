# Maandishi yanayotumiwa na kurasa nyingi.

loading = Inapakia…
roster = Roster
# Kichwa cha kichupo cha kivinjari: ukurasa kwanza, kwa kuwa safu ya vichupo huonyesha mwanzo tu.
title-in-workspace = { $page } · { $workspace } · Roster
title-signed-out = { $page } · Roster

count-users = { $count ->
    [one] mtumiaji { $count }
   *[other] watumiaji { $count }
}

language-label = Lugha
language-save = Hifadhi
