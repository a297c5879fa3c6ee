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

# Jambo lilipotokea, kama orodha zinavyoonyesha; wakati kamili uko kando yake.
moment-just-now = sasa hivi
moment-yesterday = jana
moment-minutes-ago = { $count ->
    [one] dakika { $count } iliyopita
   *[other] dakika { $count } zilizopita
}
moment-hours-ago = { $count ->
    [one] saa { $count } iliyopita
   *[other] saa { $count } zilizopita
}
moment-days-ago = { $count ->
    [one] siku { $count } iliyopita
   *[other] siku { $count } zilizopita
}
moment-months-ago = { $count ->
    [one] mwezi { $count } uliopita
   *[other] miezi { $count } iliyopita
}
moment-years-ago = { $count ->
    [one] mwaka { $count } uliopita
   *[other] miaka { $count } iliyopita
}
moment-in-minutes = { $count ->
    [one] baada ya dakika { $count }
   *[other] baada ya dakika { $count }
}
moment-in-hours = { $count ->
    [one] baada ya saa { $count }
   *[other] baada ya saa { $count }
}
moment-in-days = { $count ->
    [one] baada ya siku { $count }
   *[other] baada ya siku { $count }
}
moment-in-months = { $count ->
    [one] baada ya mwezi { $count }
   *[other] baada ya miezi { $count }
}
moment-in-years = { $count ->
    [one] baada ya mwaka { $count }
   *[other] baada ya miaka { $count }
}
# Wakati kamili, kama strftime inavyouandika: %-d siku, %b jina fupi la mwezi (%B refu), %Y mwaka,
# %H:%M saa na dakika, %Z kifupisho cha saa za eneo. Majina ya miezi huja kwa lugha husika.
moment-exact-format = %-d %b %Y, %H:%M %Z
moment-never = Kamwe

# Jumbe za hitilafu. Zile zisizo na vishika-nafasi huonyeshwa pia na kivinjari chenyewe.
error-validation = Tafadhali sahihisha sehemu zilizoangaziwa
error-unauthenticated = Tafadhali ingia ili uendelee
error-invalid-credentials = Barua pepe au nenosiri si sahihi
error-not-found = Haikupatikana
error-rate-limited = { $minutes ->
    [one] Umejaribu mara nyingi mno, jaribu tena baada ya dakika { $minutes }
   *[other] Umejaribu mara nyingi mno, jaribu tena baada ya dakika { $minutes }
}
# Hufuatwa na nukta mbili na maelezo ya kiufundi, yanayobaki kama seva ilivyoyaandika.
error-bad-request = Ombi halikueleweka
error-busy = Roster ina shughuli nyingi kwa sasa, jaribu tena baada ya sekunde chache
error-internal = Hitilafu fulani imetokea
error-network = Imeshindwa kufikia seva, kagua muunganisho wako kisha ujaribu tena

number-group-separator = ,
