# Kurasa za eneo la kazi: Mwanzo wake, usanidi wake wa kwanza, mipangilio yake na shughuli zake.

# Sehemu ya jina la eneo la kazi, wakati wa usanidi na kwenye mipangilio.
workspace-name = Jina la eneo la kazi

# Mwanzo. Majina ya majukumu yanatoka kwenye role-admin, role-editor na role-agent; kwa Kiswahili huja baada ya "kwa jukumu la".

home-welcome = Karibu, { $name }
home-joined = Ulijiunga na { $workspace } kwa jukumu la { $role }.
home-role = Jukumu lako katika { $workspace } ni { $role }.
home-no-longer-member = Wewe si mwanachama wa eneo hili la kazi tena.

# Mwanzo kwa wasimamizi: eneo la kazi kwa muhtasari.
home-invite-user = Alika mtumiaji
home-members = Wanachama
# Idadi ya wanachama wa kila jukumu, kila jina kando ya idadi yake.
home-count-admins = Wasimamizi
home-count-editors = Wahariri
home-count-agents = Mawakala
home-manage-users = Simamia watumiaji
home-invitations-none = Hakuna mialiko inayosubiri kukubaliwa.
home-invitations-waiting = { $count ->
    [one] Mwaliko { $count } unasubiri kukubaliwa.
   *[other] Mialiko { $count } inasubiri kukubaliwa.
}
# $expiring (angalau mmoja) kati ya mialiko $count muda wake unaisha wiki hii; maneno yasitegemee idadi hiyo.
home-invitations-waiting-expiring = { $count ->
    [one] Mwaliko { $count } unasubiri kukubaliwa; muda wake unaisha wiki hii.
   *[other] Mialiko { $count } inasubiri kukubaliwa; inayoisha muda wiki hii: { $expiring }.
}
home-see-invitations = Tazama mialiko
home-latest-activity = Shughuli za hivi karibuni
home-all-activity = Shughuli zote
# Mstari mmoja wa shughuli za hivi karibuni: nani alifanya, kisha alichofanya, kama ukurasa wa Shughuli unavyoeleza.
home-activity-entry = { $who } { $what }

# Mwanzo kwa wahariri na mawakala: kile jukumu lao linaruhusu na nani wa kuomba zaidi.
home-you-can = Unaweza
home-you-cannot = Huwezi
home-your-admins = Wasimamizi wako
home-ask-admins = Waombe pale unapohitaji ruhusa ambayo huna.
home-other-workspaces = Maeneo yako mengine ya kazi
# $switcher ni lebo ya kibadilisha eneo la kazi (switcher-label).
home-switch-hint = Hamia mojawapo kupitia "{ $switcher }" kwenye menyu.
home-sessions = { $count ->
    [one] Umeingia kwenye kifaa { $count }.
   *[other] Umeingia kwenye vifaa { $count }.
}
home-see-sessions = Tazama vipindi vyako

# Usanidi wa kwanza: eneo la kazi la usakinishaji mpya na msimamizi wake wa kwanza.

setup-heading = Unda eneo lako la kazi
setup-intro = Karibu kwenye Roster. Lipe jina eneo lako la kazi na uunde akaunti ya kwanza ya msimamizi. Msimbo wa usanidi huandikwa kwenye kumbukumbu za seva inapowashwa.
setup-code = Msimbo wa usanidi
setup-your-name = Jina lako
setup-submit = Unda eneo la kazi
setup-submitting = Inaunda eneo la kazi…

# Mipangilio: muhtasari, na mipangilio ya eneo la kazi lenyewe.

settings-lead-admin = Badilisha jinsi eneo la kazi linavyofanya kazi na usimamie nani ana ruhusa ya kulifikia.
settings-lead-viewer = Tazama jinsi eneo la kazi lilivyowekwa. Ni wasimamizi pekee wanaoweza kulibadilisha.
settings-loading = Inapakia mipangilio…
settings-read-only = Ni wasimamizi pekee wanaoweza kubadilisha mipangilio hii.
# Maana ya lugha ya eneo la kazi, inayosemwa mara moja kwenye ukurasa.
settings-language-hint = Lugha chaguo-msingi ya mitiririko na jumbe za eneo la kazi, na lugha ya kurasa na barua pepe za Roster kwa wanachama ambao hawajachagua lugha yao.
settings-timezone = Saa za eneo
settings-timezone-hint = Andika ili kutafuta, k.m. Kigali au New York. Tarehe kote kwenye Roster huonyeshwa kwa saa za eneo hili.
settings-two-factor = Lazimisha uthibitishaji wa hatua mbili
settings-two-factor-hint = Wanachama wanaohusika ambao hawana hatua ya pili wataelekezwa kuiweka kabla ya kutumia eneo la kazi.
# Chaguo za nani lazima atumie uthibitishaji wa hatua mbili.
settings-two-factor-rule-nobody = Hakuna mtu
settings-two-factor-rule-admins = Wasimamizi
settings-two-factor-rule-everyone = Kila mtu
settings-save = Hifadhi
settings-saving = Inahifadhi…
settings-saved = Mipangilio ya eneo la kazi imehifadhiwa

# Shughuli: nani alifanya nini, za karibuni kwanza.

activity-loading = Inapakia shughuli…
# Juu ya shughuli za mtu mmoja; kiungo cha shughuli za kila mtu kinafuata.
activity-person-intro = Alichofanya { $name } na kile kilichofanywa kumhusu.
activity-show-everyone = Onyesha shughuli za kila mtu
activity-none = Bado hakuna kilichotokea
# Safu za jedwali.
activity-when = Lini
activity-who = Nani
activity-what = Nini
# Jina la kurasa za shughuli na viungo vyake.
activity-pages = Kurasa za shughuli
activity-newest = Mpya zaidi
activity-older = Za zamani zaidi
