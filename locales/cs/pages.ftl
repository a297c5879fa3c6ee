# Stránky mimo rámec aplikace a odkaz pro přeskočení na obsah, kterým začíná každá stránka.

skip-to-content = Přejít na obsah
# Samotný název karty, bez „ · Roster“, kterým končí všechny ostatní názvy.
title-setup = Nastavení aplikace Roster
page-two-factor-sign-in = Přihlášení s dvoufázovým ověřením
page-join = Připojte se k pracovnímu prostoru
page-not-found = Stránka nenalezena
not-found-intro = Na této adrese nic není.
