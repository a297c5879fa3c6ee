# Eneo la mipangilio "Watumiaji na mialiko": kichwa chake, ambacho pia ni jina la safu yake ya vichupo.

people-heading = Watumiaji na mialiko

# Kichupo cha Watumiaji: kichwa chake, utafutaji na jedwali la wanachama.

users-members-heading = Wanachama
users-invite-user = Alika mtumiaji
users-search-label = Tafuta watumiaji
users-search-placeholder = Jina au barua pepe
# Huonyeshwa kando ya utafutaji wakati orodha inafuata kilichoandikwa.
users-searching = Inatafuta…
users-loading = Inapakia watumiaji…
# Vichwa vya safu za jedwali la wanachama; ukurasa wa maelezo huyataja mambo hayo hayo kwa njia ile ile.
users-name = Jina
users-email = Barua pepe
users-role = Jukumu
users-two-factor = Uthibitishaji wa hatua mbili
users-joined = Tarehe ya kujiunga
users-last-active = Shughuli ya mwisho
# Kichwa kilichofichwa cha safu ya vitufe vya pipa la taka.
users-actions = Vitendo
# Baada ya jina la msimamizi anayeitazama orodha.
users-you = (wewe)
users-two-factor-on = Umewashwa
users-two-factor-off = Umezimwa

# Idadi ya wanachama ambao orodha inaonyesha. Kivinjari huyaandika haya kila utafutaji unapojibu,
# tarakimu zikiwa tayari zimeandikwa: hayana maumbo ya wingi, kwa hiyo hakuna neno linalopaswa
# kutegemea idadi ("Watumiaji wanaolingana: { $total }"). Yale yenye "1" ni ya mmoja hasa.
users-count-none-match = Hakuna mtumiaji anayelingana na utafutaji wako
users-count-one-match = Mtumiaji 1 analingana
users-count-one = Mtumiaji 1
# $total ni 2 au zaidi.
users-count-all-match = Watumiaji wanaolingana: { $total }
# $total ni 2 au zaidi.
users-count-all = Watumiaji: { $total }
# Baada ya ukurasa wa mwisho, kama baada ya kumwondoa mtu pekee aliyekuwa juu yake.
users-count-past-the-end = Hakuna watumiaji kwenye ukurasa huu; jumla: { $total }
# Mahali ukurasa huu ulipo kati ya wanachama wote: nafasi ya $first hadi $last.
users-count-range = Watumiaji { $first }–{ $last } kati ya { $total }
users-count-range-matching = Matokeo { $first }–{ $last } kati ya { $total }
# Nafasi ya ukurasa isipojulikana: idadi unayoonyesha tu.
users-count-part = Watumiaji wanaoonyeshwa: { $shown } kati ya { $total }
users-count-part-matching = Matokeo yanayoonyeshwa: { $shown } kati ya { $total }

# Utafutaji usipompata mtu yeyote: viungo vya kuanza upya na vya kualika anwani iliyotafutwa.
users-clear-search = Futa utafutaji
users-invite-address = Mwalike { $email }
users-first-page = Ukurasa wa kwanza
users-pages = Kurasa za watumiaji
users-previous-page = Uliotangulia
users-next-page = Unaofuata

# Kumwondoa mtu kwenye eneo la kazi, kutoka kwenye orodha au kwenye ukurasa wa maelezo yake.
users-remove-name = Mwondoe { $name }
users-remove-title = Ungependa kumwondoa { $name } kwenye eneo la kazi?
users-removal-consequences = Atapoteza mara moja ruhusa ya kufikia eneo hili la kazi, kwenye vifaa vyote. Akaunti yake na shughuli zake za awali zitabaki.
users-remove = Ondoa
users-keep = Mbakize
users-removed = Mtumiaji ameondolewa kwenye eneo la kazi
# Baada ya matokeo ya kuondolewa, mtu huyo akiwa msimamizi aliyewaalika wengine. Kivinjari huyaandika
# haya kwa ajili ya orodha, tarakimu ikiwa tayari imeandikwa: hayana maumbo ya wingi, kwa hiyo
# hakuna neno linalopaswa kutegemea idadi.
users-cancels-one-invitation = Mwaliko wake unaosubiri utaghairiwa.
# $count ni 2 au zaidi.
users-cancels-invitations = Mialiko yake inayosubiri itaghairiwa ({ $count }).
# Jambo hilo hilo, kama ukurasa wa maelezo unavyolisema.
users-invitations-to-cancel = { $count ->
    [one] Mwaliko wake unaosubiri utaghairiwa.
   *[other] Mialiko yake { $count } inayosubiri itaghairiwa.
}

# Ukurasa wa maelezo ya mtumiaji.

users-back-to-users = Rudi kwa watumiaji
users-activity-of = Shughuli za { $name }
users-save-role = Hifadhi
users-saving-role = Inahifadhi…
users-role-saved = Jukumu limehifadhiwa. Litaanza kutumika kwenye ukurasa wake unaofuata, kwenye vifaa vyote.
users-demote-title = Ungependa { $name } asiwe msimamizi tena?
# $invitations inasema ni mialiko yake ipi inayoghairiwa pia.
users-demote-message = Atapoteza haki ya kusimamia watumiaji na mipangilio. { $invitations }
users-change-role = Badilisha jukumu
users-keep-admin = Mbakize kuwa msimamizi

users-sessions-heading = Vipindi
users-sessions-intro = Humtoa kwenye eneo hili la kazi kwenye vifaa vyote; anaweza kuingia tena.
users-log-out-everywhere = Mtoe kila mahali
users-log-out-title = Ungependa kumtoa { $name } kila mahali?
users-log-out-message = Kila kifaa alichoingia nacho kinatolewa mara moja kwenye eneo hili la kazi. Vipindi vyake katika maeneo mengine ya kazi vitabaki.
users-keep-logged-in = Usimtoe
# Kivinjari huliandika hili tarakimu ikiwa tayari imeandikwa: halina maumbo ya wingi, kwa hiyo
# hakuna neno linalopaswa kutegemea idadi.
users-sessions-ended = Vipindi vilivyofungwa katika eneo hili la kazi: { $count }

users-two-factor-intro = Kwa mtu aliyepoteza simu yake na misimbo yake ya kurejesha: anaingia kwa nenosiri lake pekee, kisha anaweka tena uthibitishaji wa hatua mbili.
users-reset-two-factor = Weka upya uthibitishaji wa hatua mbili
users-reset-two-factor-title = Ungependa kuweka upya uthibitishaji wa hatua mbili wa { $name }?
users-reset-two-factor-message = Programu yake ya uthibitishaji na misimbo yake ya kurejesha zitaacha kufanya kazi, na atatolewa kwenye eneo hili la kazi. Fanya hivi tu ukiwa na uhakika kwamba ni yeye mwenyewe anayeomba.
users-keep-two-factor = Usiweke upya
users-two-factor-was-reset = Uthibitishaji wa hatua mbili umewekwa upya. Ametolewa kwenye eneo hili la kazi na amearifiwa kwa barua pepe.

users-membership-heading = Uanachama
users-membership-intro = Kumwondoa kunakomesha ruhusa yake ya kufikia hapa; akaunti yake na shughuli zake za awali zinabaki.
