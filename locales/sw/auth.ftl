# Kuingia.

login-title = Ingia
login-heading = Ingia
login-email = Barua pepe
login-password = Nenosiri
login-submit = Ingia
login-submitting = Unaingia…
login-passkey = Ingia ukitumia ufunguo wa siri
login-passkey-waiting = Inasubiri ufunguo wako wa siri…
login-forgot-password = Umesahau nenosiri?
login-after-setup = Eneo lako la kazi liko tayari. Ingia ukitumia barua pepe na nenosiri ulivyochagua hivi punde.
login-after-reset = Nenosiri lako limebadilishwa. Ingia ukitumia nenosiri lako jipya.
login-after-logout = Umetoka kwenye akaunti yako.

forgot-title = Umesahau nenosiri
forgot-heading = Weka upya nenosiri lako
forgot-intro = Weka barua pepe unayotumia kuingia, nasi tutakutumia kiungo cha kuchagua nenosiri jipya.
forgot-sent = Ikiwa kuna akaunti inayotumia barua pepe hiyo, kiungo cha kuchagua nenosiri jipya kiko njiani. Kiungo hicho kinafanya kazi kwa saa moja.
forgot-submit = Tuma kiungo cha kuweka upya
forgot-submitting = Inatuma…
back-to-login = Rudi kwenye ukurasa wa kuingia

reset-title = Chagua nenosiri jipya
reset-heading = Chagua nenosiri jipya
reset-link-invalid = Kiungo hiki cha kuweka upya nenosiri si halali tena. Omba kiungo kipya.
reset-send-new-link = Tuma kiungo kipya
reset-intro = Baada ya hapo, utatolewa kwenye akaunti yako kwenye vifaa vyote; ingia tena ukitumia nenosiri jipya.
reset-new-password = Nenosiri jipya
reset-confirm-password = Thibitisha nenosiri
reset-submit = Weka nenosiri jipya
reset-submitting = Inahifadhi…
password-rule-hint = Angalau herufi 12. Sentensi fupi ni rahisi kukumbuka na ni vigumu kukisia.
