# Fremu baada ya kuingia: utepe wa pembeni, menyu ya akaunti na majina ya kurasa.

page-home = Mwanzo
page-settings = Mipangilio
page-workspace-settings = Mipangilio ya eneo la kazi
page-users = Watumiaji
page-user-details = Maelezo ya mtumiaji
page-invitations = Mialiko
page-activity = Shughuli
page-sessions = Vipindi vyako
page-change-password = Badilisha nenosiri
page-two-factor = Uthibitishaji wa hatua mbili
page-notifications = Arifa za barua pepe
page-language = Lugha
page-api-tokens = Tokeni za API

shell-menu = Menyu
shell-main-navigation = Kuu
shell-account-menu = Menyu ya akaunti
shell-log-out = Ondoka
switcher-label = Badilisha eneo la kazi
switcher-hint = Kwa kibodi, chagua eneo la kazi kisha ubonyeze Enter.
switcher-placeholder = Chagua eneo la kazi
switcher-submit = Badilisha

denied-heading = Huna ruhusa ya kufikia { $page }
denied-heading-unknown = Huna ruhusa ya kufikia ukurasa huu
go-to-start = Nenda kwenye ukurasa wa mwanzo

# Sababu ya ukurasa au kitendo kukataliwa.
denied-flows = Ni wasimamizi na wahariri pekee wanaoweza kushughulikia mitiririko, kampeni na vichochezi
denied-messages = Ni wasimamizi na wahariri pekee wanaoweza kutuma ujumbe na matangazo
denied-contacts = Ni wasimamizi na wahariri pekee wanaoweza kusimamia waasiliani
denied-import-export = Ni wasimamizi na wahariri pekee wanaoweza kuleta na kuhamisha data
denied-tickets = Ni wanachama wa eneo hili la kazi pekee wanaoweza kushughulikia tiketi
denied-view-settings = Ni wasimamizi na wahariri pekee wanaoweza kuona mipangilio ya eneo la kazi
denied-change-settings = Ni wasimamizi pekee wanaoweza kubadilisha mipangilio ya eneo la kazi
denied-users = Ni wasimamizi pekee wanaoweza kusimamia watumiaji
denied-invitations = Ni wasimamizi pekee wanaoweza kusimamia mialiko
denied-activity = Ni wasimamizi pekee wanaoweza kuona historia ya shughuli
denied-own-account = Ni wanachama wa eneo hili la kazi pekee wanaoweza kufanya hivi
denied-notifications = Arifa za barua pepe huwajulisha wasimamizi mtu anapojiunga; ni wasimamizi pekee wanaozipokea.
denied-two-factor-required = Eneo la kazi { $workspace } linahitaji uthibitishaji wa hatua mbili. Weka uthibitishaji huo kupitia Menyu ya akaunti, kisha Uthibitishaji wa hatua mbili.

# Sehemu za mipangilio, kwenye urambazaji wake na kwenye muhtasari wake.
settings-section-workspace = Eneo la kazi
settings-section-users = Watumiaji na mialiko
settings-section-workspace-about = Jina la eneo la kazi, lugha yake, saa za eneo lake, na nani lazima atumie uthibitishaji wa hatua mbili.
settings-section-users-about = Nani yuko kwenye eneo la kazi na kwa jukumu gani; alika watu, na utume tena au ughairi mialiko.
settings-section-activity-about = Nani alimwalika au kumwondoa nani, nani alibadilisha jukumu la nani, nani alijiunga, na lini.

denied-cross-site = Ombi hili lilitoka kwenye tovuti nyingine na limekataliwa
