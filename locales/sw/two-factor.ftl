# Menyu ya akaunti → Uthibitishaji wa hatua mbili. Kichwa chake ni page-two-factor.

two-factor-lead = Baada ya nenosiri lako, Roster hukuomba msimbo kutoka kwenye programu iliyo kwenye simu yako, kwa hiyo nenosiri lililoibwa peke yake haliwezi kufungua akaunti yako.
# Mstari wa hali wa ukurasa baada ya kuuwasha au kuuzima.
two-factor-turned-on = Uthibitishaji wa hatua mbili umewashwa.
two-factor-turned-off = Uthibitishaji wa hatua mbili umezimwa.
# Sheria za maeneo ya kazi zinapohitaji hatua ya pili: { $workspace } ni jina la eneo moja la kazi,
# au majina kadhaa yaliyotenganishwa kwa koma.
two-factor-required-set-up = Uthibitishaji wa hatua mbili ni lazima katika { $workspace }. Uweke ili uendelee.
two-factor-required-stays-on = Uthibitishaji wa hatua mbili ni lazima katika { $workspace }, kwa hiyo utaendelea kuwashwa.

# Programu ya uthibitishaji. "Imewashwa" na "Imezimwa" ni beji, kila moja ikifuatwa na maana yake.
two-factor-app-heading = Programu ya uthibitishaji
two-factor-on = Imewashwa
two-factor-app-on = Unapoingia, unaombwa msimbo kutoka kwenye programu yako ya uthibitishaji.
two-factor-off = Imezimwa
two-factor-app-off = Unapoingia, unaombwa nenosiri lako pekee.
two-factor-set-up-app = Weka programu ya uthibitishaji
# Kitufe kinachofungua fomu yake, na kitufe cha fomu hiyo.
two-factor-turn-off = Zima
# Baada ya nenosiri la sasa, kabla ya msimbo wa QR.
two-factor-continue = Endelea
# Sehemu ya msimbo wa uthibitishaji wa hatua mbili: unapouzima au kuuwasha, na kwenye hatua ya pili ya kuingia.
two-factor-code = Msimbo
two-factor-turn-off-code-hint = Kutoka kwenye programu yako ya uthibitishaji, au msimbo wa kurejesha.

# Kuweka programu: msimbo wake wa QR na ufunguo wa usanidi, kisha msimbo wake wa kwanza.
two-factor-scan-heading = Changanua msimbo huu kwa programu yako ya uthibitishaji
two-factor-scan-apps = Programu yoyote inayotengeneza misimbo ya kuingia yenye tarakimu 6 inafaa, kama vile 1Password, Google Authenticator au Microsoft Authenticator.
# Jina la msimbo wa QR kwa visoma skrini.
two-factor-qr-code = Picha ya kuchanganua kwa programu yako ya uthibitishaji
two-factor-setup-key = Ufunguo wa usanidi
two-factor-setup-key-hint = Au andika ufunguo huu kwenye programu badala ya kuchanganua.
two-factor-turn-on-code-hint = Msimbo wa tarakimu 6 ambao programu inaonyesha sasa kwa ajili ya Roster.
two-factor-turn-on = Washa
two-factor-turning-on = Inawasha…

# Misimbo ya kurejesha.
two-factor-recovery-codes-heading = Misimbo ya kurejesha
two-factor-recovery-codes-why = Kwa siku ambayo huna simu yako wala funguo zako za siri.
# Baada ya sentensi iliyo juu: misimbo mingapi imebaki. Kivinjari huandika maandishi haya na idadi
# ikiwa imeshawekwa: hakuna maumbo ya wingi, kwa hiyo la pili liandikwe bila kutegemea idadi.
two-factor-recovery-codes-left-one = Umebakiwa na msimbo 1 wa kurejesha.
# $count ni 0, au 2 au zaidi.
two-factor-recovery-codes-left = Misimbo ya kurejesha iliyobaki: { $count }.
# Kitufe kinachofungua fomu yake, na kitufe cha fomu hiyo.
two-factor-new-recovery-codes = Tengeneza misimbo mipya ya kurejesha
# Misimbo mipya, inayoonyeshwa mara hii moja tu.
two-factor-recovery-codes-shown-once = Ukipoteza simu yako, kila msimbo hapa unakuwezesha kuingia mara moja badala ya msimbo kutoka kwenye programu. Ihifadhi mahali salama: inaonyeshwa sasa tu.
# Mstari wa kwanza wa misimbo iliyopakuliwa au kunakiliwa, juu yake.
two-factor-recovery-codes-file-title = Misimbo ya kurejesha ya Roster
two-factor-download = Pakua
two-factor-copy = Nakili
two-factor-copied = Imenakiliwa
two-factor-copy-needs-https = Hapa kunakili kunahitaji HTTPS: chagua misimbo kisha uinakili wewe mwenyewe.
two-factor-copy-refused = Kivinjari hakikuruhusu kunakili: chagua misimbo kisha uinakili wewe mwenyewe.
two-factor-done = Nimemaliza, nenda kwenye ukurasa wa mwanzo

# Funguo za siri.
two-factor-passkeys-heading = Funguo za siri
two-factor-passkeys-intro = Ufunguo wa siri hukuingiza kwa alama ya kidole, uso, kufuli ya skrini au ufunguo wa usalama: kama hatua ya pili baada ya nenosiri lako, au moja kwa moja kutoka kwenye ukurasa wa kuingia bila nenosiri.
# Chini ya jina la kila ufunguo wa siri: { $date } ni wakati kamili, au "Kamwe" (moment-never).
two-factor-passkey-added-on = Uliongezwa: { $date }
two-factor-passkey-last-used = Matumizi ya mwisho: { $date }
two-factor-passkey-remove = Ondoa
# Jina la kitufe cha Ondoa kwa visoma skrini; { $name } ni jina la ufunguo wa siri.
two-factor-passkey-remove-name = Ondoa { $name }
two-factor-passkey-removed = Ufunguo wa siri umeondolewa
two-factor-passkey-name = Jina la ufunguo wa siri
two-factor-passkey-name-hint = Ili uweze kutofautisha funguo zako za siri, k.m. Kompyuta ya kazini.
two-factor-passkey-password = Nenosiri lako
two-factor-passkey-password-hint = Ufunguo wa siri huingia bila nenosiri lako, kwa hiyo kuuongeza kunahitaji nenosiri.
two-factor-add-passkey = Ongeza ufunguo wa siri
two-factor-passkey-added = Ufunguo wa siri umeongezwa
two-factor-passkeys-unavailable = Funguo za siri zinahitaji Roster iwe kwenye jina la kikoa; muulize msimamizi wako.

# Hatua ya pili ya kuingia, baada ya nenosiri (/login/two-factor). Kichwa chake ni
# page-two-factor, na sehemu yake ya msimbo ni two-factor-code.
two-factor-sign-in-lead = Andika msimbo wa tarakimu 6 ambao programu yako ya uthibitishaji inaonyesha kwa ajili ya Roster, au tumia ufunguo wa siri.
two-factor-sign-in-recovery-lead = Andika mojawapo ya misimbo ya kurejesha uliyohifadhi ulipowasha uthibitishaji wa hatua mbili. Kila msimbo hufanya kazi mara moja tu.
two-factor-sign-in-recovery-code = Msimbo wa kurejesha
two-factor-sign-in-verify = Thibitisha
two-factor-sign-in-verifying = Inathibitisha…
two-factor-sign-in-use-passkey = Tumia ufunguo wa siri
# Viungo kati ya njia mbili za hatua ya pili.
two-factor-sign-in-use-recovery-code = Tumia msimbo wa kurejesha
two-factor-sign-in-use-app = Tumia programu yako ya uthibitishaji
