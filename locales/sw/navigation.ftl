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
