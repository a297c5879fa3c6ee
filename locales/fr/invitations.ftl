# L’onglet Invitations : Paramètres → Utilisateurs et invitations → Invitations.

invitations-pending-heading = Invitations en attente
# Un bouton qui ouvre le formulaire d’invitation, et le titre de ce formulaire.
invitations-invite-user = Inviter un utilisateur
invitations-loading = Chargement des invitations…
invitations-none-pending = Aucune invitation en attente

# Les en-têtes des colonnes du tableau ; quand les lignes s’empilent sur un téléphone, aussi l’étiquette de chaque cellule.
invitations-column-email = Adresse e-mail
invitations-column-role = Rôle
invitations-column-status = Statut
invitations-column-sent = Envoyée le
# Lu uniquement par les lecteurs d’écran : la colonne des boutons de chaque ligne.
invitations-column-actions = Actions

# L’état d’une invitation, dans un badge.
invitations-status-pending = En attente
invitations-status-expired = Expirée
# À côté du badge : si l’e-mail contenant le lien est parti.
invitations-delivery-queued = E-mail en file d’attente
invitations-delivery-sent = E-mail envoyé
invitations-delivery-failed = Échec de l’envoi de l’e-mail
# Sous le jour de l’envoi : { $date } est le moment exact où le lien cesse, ou a cessé, de fonctionner.
invitations-expires = Expire le { $date }
invitations-expired = Expirée le { $date }

invitations-resend = Renvoyer
# Le nom du bouton corbeille pour les lecteurs d’écran.
invitations-cancel-for = Annuler l’invitation de { $email }
invitations-resent = Invitation renvoyée avec un nouveau lien
invitations-cancelled = Invitation annulée ; son lien ne fonctionne plus

# La question posée avant d’annuler une invitation ; { $name } est l’adresse e-mail invitée.
invitations-cancel-title = Annuler l’invitation de { $name } ?
invitations-cancel-message = Le lien de l’e-mail cesse aussitôt de fonctionner. Vous pourrez inviter cette personne à nouveau plus tard.
invitations-cancel-confirm = Annuler l’invitation
invitations-cancel-keep = Conserver l’invitation

# Le formulaire d’invitation.
invitations-field-emails = Adresse e-mail
# { $count } est le nombre maximal d’adresses qu’un formulaire d’invitation peut contenir (100).
invitations-field-emails-hint = Plusieurs personnes ? Séparez leurs adresses par des virgules ou des retours à la ligne, jusqu’à { $count }.
invitations-field-role = Rôle
# Ce qu’un rôle permet ou non : ses possibilités ou ses limites, séparées par des points-virgules.
invitations-role-can = Peut : { $abilities }
invitations-role-cannot = Ne peut pas : { $limits }
# Sur téléphone, la description d’un rôle n’affiche qu’une ligne jusqu’à « Plus de détails ».
invitations-role-more = Plus de détails
invitations-role-less = Moins de détails
# Lu après « Plus de détails » ou « Moins de détails », par les lecteurs d’écran seulement : la description de quel rôle le bouton ouvre.
invitations-role-about = sur le rôle { $role }
invitations-field-language = Langue de l’invitation
invitations-field-language-hint = Langue de l’espace de travail : { $language }. Choisissez-en une autre pour les personnes que vous invitez maintenant.
# Ce qu’il est advenu de chaque adresse, quand plusieurs ont été invitées à la fois.
invitations-results = Résultat par adresse
invitations-result-sent = { $email } : invitation envoyée
# { $problem } en donne la raison, en une courte proposition.
invitations-result-not-sent = { $email } : non envoyée, { $problem }
invitations-close = Fermer
invitations-send = Envoyer l’invitation
invitations-sending = Envoi en cours…

# Ce que la page affiche une fois les invitations parties. Le navigateur insère les nombres, donc
# pas de formes plurielles : chaque phrase doit se lire correctement quel que soit le nombre.
invitations-sent-to = Invitation envoyée à { $email }
invitations-sent-count = Invitations envoyées : { $sent } sur { $total }
# { $failed } liste les adresses auxquelles rien n’a été envoyé, séparées par des virgules.
invitations-sent-some = Invitations envoyées : { $sent } sur { $total }. Non envoyées : { $failed }

# La page qu’ouvre le lien d’une invitation, y compris pour les visiteurs non connectés.

invitations-accept-loading = Chargement de l’invitation…
invitations-accept-heading-invalid = Rejoindre un espace de travail
invitations-accept-go-to-login = Aller à la connexion
invitations-accept-heading = Rejoindre { $workspace }
# { $role } est le nom du rôle (Administrateur, Éditeur ou Agent) ; { $expires } le moment exact.
invitations-accept-intro = { $inviter } a invité { $email } à rejoindre { $workspace } avec le rôle { $role }. L’invitation expire le { $expires }.
# { $role } est le nom du rôle (Administrateur, Éditeur ou Agent).
invitations-role-abilities = Ce que permet le rôle { $role }
invitations-accept-signed-in-as-other = Vous êtes connecté en tant que { $other }, mais cette invitation est destinée à { $invited }.
invitations-accept-log-out = Se déconnecter et continuer
invitations-accept-signed-in = Vous êtes connecté en tant que { $email }.
invitations-accept-has-account = Vous avez déjà un compte avec l’adresse { $email } : saisissez son mot de passe pour rejoindre l’espace de travail.
invitations-accept-name = Nom
# Un code d’authentification à deux facteurs, demandé quand celle-ci est activée sur le compte.
invitations-accept-code = Code
invitations-accept-code-hint = Celui de votre application d’authentification, ou un code de récupération.
invitations-accept-join = Rejoindre l’espace de travail
invitations-accept-joining = Adhésion en cours…

# Menu du compte → Notifications par e-mail : l’e-mail que reçoit un administrateur quand quelqu’un rejoint l’espace de travail.

notifications-join-emails = M’envoyer un e-mail quand quelqu’un rejoint cet espace de travail
notifications-join-emails-on = Vous recevrez un e-mail chaque fois que quelqu’un rejoindra l’espace de travail
notifications-join-emails-off = Vous ne recevrez plus d’e-mail quand quelqu’un rejoindra l’espace de travail
notifications-save = Enregistrer
