# Přihlášení.

login-title = Přihlášení
login-heading = Přihlášení
login-email = E-mail
login-password = Heslo
login-submit = Přihlásit se
login-submitting = Přihlašování…
login-passkey = Přihlásit se přístupovým klíčem
login-passkey-waiting = Čeká se na váš přístupový klíč…
login-forgot-password = Zapomněli jste heslo?
login-after-setup = Váš pracovní prostor je připraven. Přihlaste se e-mailem a heslem, které jste si právě zvolili.
login-after-reset = Vaše heslo bylo změněno. Přihlaste se novým heslem.
login-after-logout = Byli jste odhlášeni.

forgot-title = Zapomenuté heslo
forgot-heading = Obnovení hesla
forgot-intro = Zadejte e-mail, kterým se přihlašujete, a my vám pošleme odkaz, přes který si zvolíte nové heslo.
forgot-sent = Pokud tento e-mail patří k některému účtu, je na cestě odkaz pro zvolení nového hesla. Odkaz platí jednu hodinu.
forgot-submit = Poslat odkaz pro obnovení
forgot-submitting = Odesílání…
back-to-login = Zpět na přihlášení

reset-title = Zvolte nové heslo
reset-heading = Zvolte nové heslo
reset-link-invalid = Tento odkaz pro obnovení hesla už neplatí. Požádejte o nový.
reset-send-new-link = Poslat nový odkaz
reset-intro = Poté budete odhlášeni na všech zařízeních; přihlaste se znovu novým heslem.
reset-new-password = Nové heslo
reset-confirm-password = Potvrzení hesla
reset-submit = Nastavit nové heslo
reset-submitting = Ukládání…
password-rule-hint = Alespoň 12 znaků. Krátká věta se snadno pamatuje a těžko uhádne.
