# Co každá role může a nemůže dělat, slovy stránky nápovědy, kterou lidé znají.

role-admin-can-editor = Vše, co může Editor
role-admin-can-users = Spravovat uživatele a role (zvát, upravovat, odebírat)
role-admin-can-settings = Měnit nastavení pracovního prostoru, například jazyk a časové pásmo
role-admin-can-integrations = Konfigurovat nastavení účtu a integrace
role-editor-can-flows = Vytvářet a upravovat toky, kampaně a spouštěče
role-editor-can-start = Spouštět toky a posílat zprávy
role-editor-can-contacts = Spravovat kontakty (upravovat údaje, členství ve skupinách atd.)
role-editor-can-export = Exportovat toky, kontakty a zprávy
role-editor-can-reuse = Importovat a exportovat toky k dalšímu použití
role-agent-can-tickets = Prohlížet tikety a živé chaty a odpovídat na ně
role-editor-cannot-settings = Měnit základní nastavení pracovního prostoru (například časové pásmo, jazyk nebo fakturaci)
role-editor-cannot-users = Spravovat role a pozvánky ostatních uživatelů
role-agent-cannot-flows = Upravovat toky, kampaně nebo spouštěče
role-agent-cannot-broadcasts = Posílat hromadné zprávy nebo spravovat kontakty
role-agent-cannot-settings = Měnit nastavení pracovního prostoru, spravovat uživatele nebo role
