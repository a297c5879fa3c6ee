# La langue de chaque personne, dans Menu du compte → Langue et sur les pages hors connexion.

language-heading = Langue
language-intro = Roster vous affiche ses pages et vous envoie ses e-mails dans cette langue.
# Le choix de qui n’en a pas encore fait : la langue de son navigateur, sinon celle de l’espace de travail.
language-automatic = Automatique ({ $language })
language-automatic-hint = Tant que vous n’avez rien choisi, Roster suit la langue de votre navigateur, ou celle de l’espace de travail si Roster n’est pas disponible dans la langue de votre navigateur.
language-saved = Votre langue a été enregistrée.
language-unknown = Choisissez une langue dans la liste.
language-saving = Enregistrement…
