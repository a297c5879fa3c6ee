# La langue de chaque personne, dans Menu du compte → Langue et sur les pages hors connexion.

language-heading = Langue
language-intro = Roster vous affiche ses pages et vous envoie ses e-mails dans cette langue.
# Le choix de qui n’en a pas encore fait : la langue de son navigateur, sinon celle de l’espace de travail.
language-automatic = Automatique ({ $language })
language-automatic-hint = Tant que vous n’avez rien choisi, Roster suit la langue de votre navigateur, ou celle de l’espace de travail si Roster n’est pas disponible dans la langue de votre navigateur.
language-saved = Votre langue a été enregistrée.
language-unknown = Choisissez une langue dans la liste.
language-saving = Enregistrement…

# Menu du compte → Vos sessions.
sessions-heading = Vos sessions
sessions-lead = Chaque appareil ou navigateur sur lequel vous êtes connecté. Déconnectez ceux que vous ne reconnaissez pas, et changez de mot de passe si vous pensez que quelqu’un d’autre le connaît.
sessions-loading = Chargement des sessions…
sessions-end-others = Déconnecter toutes les autres sessions
sessions-ended-none = Il n’y avait aucune autre session à déconnecter
sessions-ended-one = 1 autre session a été déconnectée
# Affiché à partir de deux ; le navigateur insère le nombre, le texte ne doit donc pas en dépendre.
sessions-ended-many = Autres sessions déconnectées : { $count }
sessions-ended-this = Session déconnectée
sessions-device = Appareil
sessions-ip = Adresse IP
sessions-signed-in = Connexion
sessions-last-active = Dernière activité
sessions-actions = Actions
sessions-this-device = Cet appareil
sessions-active-now = Active maintenant
sessions-log-out = Déconnecter

# Menu du compte → Changer de mot de passe.
change-password-heading = Changer de mot de passe
change-password-lead = Changer de mot de passe vous déconnecte de tous vos autres appareils.
change-password-current = Mot de passe actuel
change-password-new = Nouveau mot de passe
change-password-confirm = Confirmer le nouveau mot de passe
change-password-submit = Changer de mot de passe
change-password-submitting = Changement du mot de passe…
change-password-changed = Votre mot de passe a été modifié. Vos autres appareils ont été déconnectés.

sessions-browser-on = { $browser } sur { $os }
sessions-unknown-browser = Navigateur inconnu
sessions-unknown-ip = Inconnue
