# Fomu na vitendo vinavyojibu jambo lisipowezekana, kando ya sehemu inayohusika.

rules-password-too-short = { $count ->
    [one] Tumia angalau herufi { $count }; sentensi fupi inafaa vizuri
   *[other] Tumia angalau herufi { $count }; sentensi fupi inafaa vizuri
}
rules-too-long = { $count ->
    [one] Tumia herufi isiyozidi { $count }
   *[other] Tumia herufi zisizozidi { $count }
}
rules-enter-your-name = Weka jina lako
rules-enter-a-name = Weka jina
rules-enter-a-workspace-name = Weka jina la eneo la kazi
rules-no-control-characters = Ondoa mikato ya mistari na herufi nyingine za udhibiti
rules-enter-an-email = Weka anwani ya barua pepe
rules-enter-a-valid-email = Weka anwani halali ya barua pepe, kama jina@example.com
rules-common-password = Nenosiri hili liko kwenye orodha ya manenosiri yanayotumiwa sana; chagua jingine
rules-passwords-differ = Manenosiri hayo mawili hayafanani

invitations-link-invalid = Kiungo hiki cha mwaliko si halali tena. Mwombe msimamizi wa eneo la kazi akutumie tena.
invitations-too-many-addresses = { $count ->
    [one] Alika anwani isiyozidi { $count } kwa wakati mmoja
   *[other] Alika anwani zisizozidi { $count } kwa wakati mmoja
}
invitations-already-member = { $email } tayari ni mwanachama
invitations-already-invited = { $email } tayari amealikwa — badala yake, tuma mwaliko tena
invitations-already-pending = Mwaliko huu bado unasubiri
invitations-already-accepted = Mwaliko huu umeshakubaliwa
invitations-already-cancelled = Mwaliko huu umeshaghairiwa
invitations-already-expired = Muda wa mwaliko huu umeshaisha
invitations-signed-in-as-other = Umeingia kama { $current }. Ondoka kisha uendelee ili ujiunge kama { $invitee }.
invitations-not-the-password = Hili si nenosiri la { $email }
invitations-enter-code = Weka msimbo kutoka kwenye programu yako ya uthibitishaji, au msimbo wa kurejesha
invitations-wrong-code = Msimbo huu si sahihi. Andika msimbo unaoonyeshwa na programu yako sasa, au msimbo wa kurejesha ambao hujautumia.
invitations-account-just-created = Akaunti yenye barua pepe hii imefunguliwa hivi punde. Ingia ukitumia akaunti hiyo kisha ufungue kiungo tena.

users-last-admin = Eneo la kazi lazima liwe na angalau msimamizi mmoja

setup-already-done = Usanidi wa Roster hii umeshakamilika. Ingia badala yake.
setup-enter-code = Weka msimbo wa usanidi ulioandikwa kwenye kumbukumbu za seva
setup-wrong-code = Msimbo huo wa usanidi si sahihi. Unakili kutoka kwenye kumbukumbu ambazo seva iliandika ilipowashwa.
workspace-name-taken = Eneo la kazi linaloitwa "{ $name }" tayari lipo
workspace-timezone-unknown = Chagua saa za eneo kutoka kwenye orodha, kama vile Africa/Kigali
workspace-two-factor-rule-unknown = Chagua "Hakuna mtu", "Wasimamizi" au "Kila mtu"
workspace-logged-out-by-admin = Msimamizi amekutoa kwenye eneo hili la kazi. Ingia tena ili ulifungue.

rules-enter-your-password = Weka nenosiri lako
rules-enter-current-password = Weka nenosiri lako la sasa
rules-not-current-password = Hili si nenosiri lako la sasa
rules-new-passwords-differ = Manenosiri mawili mapya hayafanani

rules-choose-a-role = Chagua jukumu: Msimamizi, Mhariri au Wakala
