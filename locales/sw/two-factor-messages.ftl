# Seva inavyojibu kuhusu uthibitishaji wa hatua mbili na funguo za siri jambo lisipowezekana, kando ya
# sehemu inayohusika au juu ya fomu.

# Hatua ya pili ya kuingia, baada ya nenosiri.
two-factor-sign-in-expired = Muda wa kuingia umeisha. Ingia tena.
two-factor-enter-the-code = Weka msimbo kutoka kwenye programu yako ya uthibitishaji
two-factor-wrong-code = Msimbo huu si sahihi. Andika msimbo unaoonyeshwa na programu yako sasa, au msimbo wa kurejesha ambao hujautumia.
two-factor-too-many-wrong-codes = Misimbo mingi mno isiyo sahihi. Ingia tena.

# Kuweka programu ya uthibitishaji. "Roster" ni jina ambalo programu inaonyesha juu ya msimbo, na
# "Weka programu ya uthibitishaji" ni kitufe two-factor-set-up-app.
two-factor-already-on = Uthibitishaji wa hatua mbili tayari umewashwa
two-factor-start-setup-again = Anza tena kwa kubofya "Weka programu ya uthibitishaji"
two-factor-wrong-setup-code = Msimbo huu si sahihi. Andika msimbo wa tarakimu 6 ambao programu yako inaonyesha sasa kwa ajili ya Roster.
two-factor-setup-changed-elsewhere = Katika muda huu, uthibitishaji wa hatua mbili umewekwa, au uwekaji wake umeanzishwa upya, mahali pengine. Pakia upya ukurasa huu.

# Misimbo ya kurejesha, na kuzima uthibitishaji wa hatua mbili.
two-factor-turn-on-first = Washa uthibitishaji wa hatua mbili kwanza
two-factor-enter-a-code = Weka msimbo kutoka kwenye programu yako ya uthibitishaji
# { $workspace } ni jina la eneo moja la kazi, au majina kadhaa yaliyotenganishwa kwa koma; { $count } ni idadi yake.
two-factor-required-cannot-turn-off = { $count ->
    [one] Eneo la kazi { $workspace } linahitaji uthibitishaji wa hatua mbili, kwa hiyo hauwezi kuzimwa
   *[other] Maeneo ya kazi { $workspace } yanahitaji uthibitishaji wa hatua mbili, kwa hiyo hauwezi kuzimwa
}

# Msimamizi anaweka upya uthibitishaji wa hatua mbili wa mwanachama (Watumiaji → mwanachama).
two-factor-reset-own = Zima uthibitishaji wako mwenyewe wa hatua mbili kwenye ukurasa wako wa Uthibitishaji wa hatua mbili
two-factor-nothing-to-reset = Mwanachama huyu hana uthibitishaji wa hatua mbili wa kuweka upya

# Kuongeza na kuondoa funguo za siri.
two-factor-passkey-name-missing = Upe ufunguo wa siri jina, kama vile "Kompyuta ya kazini" au "Simu"
two-factor-passkey-name-taken = Tayari una ufunguo wa siri wenye jina hili; upe huu jina jingine
two-factor-passkey-not-added = Ufunguo wa siri haukuweza kuongezwa. Jaribu tena.
two-factor-passkey-already-added = Ufunguo huu wa siri umeshaongezwa
# Mtu anapoondoa ufunguo wake wa siri wa mwisho: { $workspace } ni jina la eneo moja la kazi, au majina
# kadhaa yaliyotenganishwa kwa koma; { $count } ni idadi yake.
two-factor-required-keep-passkey = { $count ->
    [one] Eneo la kazi { $workspace } linahitaji uthibitishaji wa hatua mbili: kwanza weka programu ya uthibitishaji au ongeza ufunguo mwingine wa siri
   *[other] Maeneo ya kazi { $workspace } yanahitaji uthibitishaji wa hatua mbili: kwanza weka programu ya uthibitishaji au ongeza ufunguo mwingine wa siri
}

# Kutumia ufunguo wa siri: kama hatua ya pili ya kuingia, au kuingia bila nenosiri.
two-factor-passkey-ceremony-over = Hili limechukua muda mrefu mno au limeshajibiwa. Jaribu tena.
two-factor-no-passkey-yet = Bado huna ufunguo wa siri. Tumia msimbo kutoka kwenye programu yako ya uthibitishaji au msimbo wa kurejesha.
two-factor-passkey-not-accepted = Ufunguo huu wa siri haukukubaliwa. Jaribu tena, au ingia kwa njia nyingine.
two-factor-passkey-sign-in-refused = Ufunguo huu wa siri haukukubaliwa. Ingia ukitumia barua pepe na nenosiri lako.

# Huonyeshwa na kivinjari chenyewe matumizi ya ufunguo wa siri yanapoisha bila jibu.
two-factor-no-passkey-used = Hakuna ufunguo wa siri uliotumiwa. Jaribu tena, au ingia kwa njia nyingine.
# Hufuatwa na nukta pacha na maelezo ya kiufundi.
two-factor-passkey-unreadable = Data ya ufunguo wa siri haikuweza kusomwa
