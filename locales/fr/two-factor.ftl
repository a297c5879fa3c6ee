# Menu du compte → Authentification à deux facteurs. Son titre est page-two-factor.

two-factor-lead = Après votre mot de passe, Roster vous demande un code généré par une application sur votre téléphone : un mot de passe volé ne suffit donc pas à ouvrir votre compte.
# La ligne d’état de la page après l’activation ou la désactivation.
two-factor-turned-on = L’authentification à deux facteurs est activée.
two-factor-turned-off = L’authentification à deux facteurs est désactivée.
# Quand les règles des espaces de travail exigent un second facteur : { $workspace } nomme un espace
# de travail, ou plusieurs séparés par des virgules.
two-factor-required-set-up = L’authentification à deux facteurs est obligatoire dans { $workspace }. Configurez-la pour continuer.
two-factor-required-stays-on = L’authentification à deux facteurs est obligatoire dans { $workspace } : elle reste donc activée.

# L’application d’authentification. « Activée » et « Désactivée » sont des badges, chacun suivi de ce qu’il signifie.
two-factor-app-heading = Application d’authentification
two-factor-on = Activée
two-factor-app-on = À la connexion, un code de votre application d’authentification vous est demandé.
two-factor-off = Désactivée
two-factor-app-off = À la connexion, seul votre mot de passe vous est demandé.
two-factor-set-up-app = Configurer l’application d’authentification
# Un bouton qui ouvre son formulaire, et le bouton de ce formulaire.
two-factor-turn-off = Désactiver
# Après le mot de passe actuel, avant le code QR.
two-factor-continue = Continuer
# Le champ d’un code d’authentification à deux facteurs : à la désactivation ou à l’activation, et à la seconde étape de la connexion.
two-factor-code = Code
two-factor-turn-off-code-hint = Celui de votre application d’authentification, ou un code de récupération.

# Configuration de l’application : son code QR et sa clé de configuration, puis son premier code.
two-factor-scan-heading = Scannez ce code avec votre application d’authentification
two-factor-scan-apps = Toute application qui génère des codes de connexion à 6 chiffres convient, par exemple 1Password, Google Authenticator ou Microsoft Authenticator.
# Le nom du code QR pour les lecteurs d’écran.
two-factor-qr-code = Image à scanner avec votre application d’authentification
two-factor-setup-key = Clé de configuration
two-factor-setup-key-hint = Vous pouvez aussi saisir cette clé dans l’application au lieu de scanner le code.
two-factor-turn-on-code-hint = Le code à 6 chiffres que l’application affiche maintenant pour Roster.
two-factor-turn-on = Activer
two-factor-turning-on = Activation…

# Codes de récupération.
two-factor-recovery-codes-heading = Codes de récupération
two-factor-recovery-codes-why = Pour le jour où vous n’aurez ni votre téléphone ni vos clés d’accès.
# Après la phrase ci-dessus : combien de codes il reste. Le navigateur écrit ces textes avec le nombre
# déjà inséré : pas de formes plurielles, le second doit donc être formulé pour ne pas dépendre du nombre.
two-factor-recovery-codes-left-one = Il vous reste 1 code de récupération.
# $count vaut 0, ou 2 ou plus.
two-factor-recovery-codes-left = Codes de récupération restants : { $count }.
# Un bouton qui ouvre son formulaire, et le bouton de ce formulaire.
two-factor-new-recovery-codes = Générer de nouveaux codes de récupération
# Les nouveaux codes, affichés cette seule fois.
two-factor-recovery-codes-shown-once = Si vous perdez votre téléphone, chacun de ces codes vous permet de vous connecter une fois à la place d’un code de l’application. Conservez-les en lieu sûr : ils ne sont affichés que maintenant.
# La première ligne des codes téléchargés ou copiés, au-dessus d’eux.
two-factor-recovery-codes-file-title = Codes de récupération Roster
two-factor-download = Télécharger
two-factor-copy = Copier
two-factor-copied = Copiés
two-factor-copy-needs-https = Ici, la copie nécessite HTTPS : sélectionnez les codes et copiez-les vous-même.
two-factor-copy-refused = Le navigateur n’a pas autorisé la copie : sélectionnez les codes et copiez-les vous-même.
two-factor-done = Terminé, aller à la page d’accueil

# Clés d’accès.
two-factor-passkeys-heading = Clés d’accès
two-factor-passkeys-intro = Une clé d’accès vous connecte avec votre empreinte digitale, votre visage, le verrouillage de l’écran ou une clé de sécurité : comme seconde étape après votre mot de passe, ou directement depuis la page de connexion, sans mot de passe.
# Sous le nom de chaque clé d’accès : { $date } est le moment exact, ou « Jamais » (moment-never).
two-factor-passkey-added-on = Ajoutée : { $date }
two-factor-passkey-last-used = Dernière utilisation : { $date }
two-factor-passkey-remove = Supprimer
# Le nom du bouton Supprimer pour les lecteurs d’écran ; { $name } est le nom de la clé d’accès.
two-factor-passkey-remove-name = Supprimer { $name }
two-factor-passkey-removed = Clé d’accès supprimée
two-factor-passkey-name = Nom de la clé d’accès
two-factor-passkey-name-hint = Pour distinguer vos clés d’accès, par exemple Ordinateur portable du bureau.
two-factor-passkey-password = Votre mot de passe
two-factor-passkey-password-hint = Une clé d’accès permet de se connecter sans mot de passe : c’est pourquoi il vous est demandé pour en ajouter une.
two-factor-add-passkey = Ajouter une clé d’accès
two-factor-passkey-added = Clé d’accès ajoutée
two-factor-passkeys-unavailable = Les clés d’accès nécessitent que Roster soit accessible par un nom de domaine ; adressez-vous à votre administrateur.

# La seconde étape de la connexion, après le mot de passe (/login/two-factor). Son titre est
# page-two-factor, son champ de code two-factor-code.
two-factor-sign-in-lead = Saisissez le code à 6 chiffres que votre application d’authentification affiche pour Roster, ou utilisez une clé d’accès.
two-factor-sign-in-recovery-lead = Saisissez l’un des codes de récupération que vous avez enregistrés lors de l’activation de l’authentification à deux facteurs. Chacun ne fonctionne qu’une fois.
two-factor-sign-in-recovery-code = Code de récupération
two-factor-sign-in-verify = Vérifier
two-factor-sign-in-verifying = Vérification…
two-factor-sign-in-use-passkey = Utiliser une clé d’accès
# Les liens entre les deux façons de franchir la seconde étape.
two-factor-sign-in-use-recovery-code = Utiliser un code de récupération
two-factor-sign-in-use-app = Utiliser votre application d’authentification
