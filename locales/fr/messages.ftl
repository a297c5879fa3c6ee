# Ce que répondent les formulaires et les actions quand une chose est impossible, à côté du champ concerné.

rules-password-too-short = { $count ->
    [one] Utilisez au moins { $count } caractère ; une courte phrase fait très bien l’affaire
    [many] Utilisez au moins { $count } de caractères ; une courte phrase fait très bien l’affaire
   *[other] Utilisez au moins { $count } caractères ; une courte phrase fait très bien l’affaire
}
rules-too-long = { $count ->
    [one] Utilisez au plus { $count } caractère
    [many] Utilisez au plus { $count } de caractères
   *[other] Utilisez au plus { $count } caractères
}
rules-enter-your-name = Saisissez votre nom
rules-enter-a-name = Saisissez un nom
rules-enter-a-workspace-name = Saisissez un nom d’espace de travail
rules-no-control-characters = Supprimez les retours à la ligne et les autres caractères de contrôle
rules-enter-an-email = Saisissez une adresse e-mail
rules-enter-a-valid-email = Saisissez une adresse e-mail valide, comme nom@example.com
rules-common-password = Ce mot de passe figure dans une liste de mots de passe courants ; choisissez-en un autre
rules-passwords-differ = Les deux mots de passe ne correspondent pas

invitations-link-invalid = Ce lien d’invitation n’est plus valide. Demandez à un administrateur de l’espace de travail de vous le renvoyer.
invitations-too-many-addresses = { $count ->
    [one] Invitez au plus { $count } adresse à la fois
    [many] Invitez au plus { $count } d’adresses à la fois
   *[other] Invitez au plus { $count } adresses à la fois
}
invitations-already-member = { $email } est déjà membre
invitations-already-invited = { $email } a déjà une invitation — renvoyez-la plutôt
invitations-already-pending = Cette invitation est toujours en attente
invitations-already-accepted = Cette invitation a déjà été acceptée
invitations-already-cancelled = Cette invitation a déjà été annulée
invitations-already-expired = Cette invitation a déjà expiré
invitations-signed-in-as-other = Vous êtes connecté en tant que { $current }. Déconnectez-vous et continuez pour rejoindre l’espace de travail en tant que { $invitee }.
invitations-not-the-password = Ce n’est pas le mot de passe de { $email }
invitations-enter-code = Saisissez le code de votre application d’authentification ou un code de récupération
invitations-wrong-code = Ce code est incorrect. Saisissez le code que votre application affiche en ce moment, ou un code de récupération que vous n’avez pas encore utilisé.
invitations-account-just-created = Un compte vient d’être créé avec cette adresse e-mail. Connectez-vous avec ce compte, puis rouvrez le lien.

users-last-admin = Un espace de travail doit compter au moins un administrateur

setup-already-done = Cette installation de Roster est déjà configurée. Connectez-vous.
setup-enter-code = Saisissez le code de configuration affiché dans le journal du serveur
setup-wrong-code = Ce code de configuration est incorrect. Copiez-le depuis le journal de démarrage du serveur.
workspace-name-taken = Un espace de travail nommé « { $name } » existe déjà
workspace-timezone-unknown = Choisissez un fuseau horaire dans la liste, par exemple Africa/Kigali
workspace-two-factor-rule-unknown = Choisissez Personne, Administrateurs ou Tout le monde
workspace-logged-out-by-admin = Un administrateur vous a déconnecté de cet espace de travail. Reconnectez-vous pour l’ouvrir.

rules-enter-your-password = Saisissez votre mot de passe
rules-enter-current-password = Saisissez votre mot de passe actuel
rules-not-current-password = Ce n’est pas votre mot de passe actuel
rules-new-passwords-differ = Les deux nouveaux mots de passe ne correspondent pas

rules-choose-a-role = Choisissez un rôle : Administrateur, Éditeur ou Agent
