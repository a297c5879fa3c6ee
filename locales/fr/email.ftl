# E-mails. Chaque paragraphe est un message, utilisé à la fois dans la partie texte brut et dans la partie HTML.
# Une ligne qui se termine par deux-points est suivie du lien lui-même dans la partie texte brut ;
# les messages « -link » sont les mots du lien dans la partie HTML.

role-admin = Administrateur
role-editor = Éditeur
role-agent = Agent

email-invitation-subject = [{ $workspace }] Invitation à rejoindre l’espace de travail
email-invitation-intro = { $inviter } vous invite à rejoindre l’espace de travail { $workspace } sur Roster avec le rôle { $role }.
email-invitation-how = Pour accepter, ouvrez ce lien et choisissez un mot de passe (ou connectez-vous, si vous avez déjà un compte) :
email-invitation-link = Accepter l’invitation
email-invitation-expiry = Ce lien ne peut servir qu’une fois et expire le { $expires }. Si vous n’attendiez pas cette invitation, ignorez ce message.

email-joined-subject = [{ $workspace }] Un nouvel utilisateur a rejoint votre espace de travail
email-joined-intro = { $name } ({ $email }) a accepté une invitation et a rejoint { $workspace } avec le rôle { $role }.
email-joined-why = Vous recevez cet e-mail parce que vous administrez { $workspace }. Pour ne plus recevoir ces e-mails, ouvrez ce lien :
email-joined-link = Ne plus recevoir ces e-mails

email-reset-subject = Réinitialisez votre mot de passe Roster
email-reset-intro = Quelqu’un a demandé la réinitialisation du mot de passe de votre compte Roster { $email }.
email-reset-how = Pour choisir un nouveau mot de passe, ouvrez ce lien dans un délai d’une heure :
email-reset-link = Choisir un nouveau mot de passe
email-reset-ignore = Ce lien ne peut servir qu’une fois. Si vous n’avez rien demandé, ignorez ce message ; votre mot de passe reste inchangé.

email-password-changed-subject = Votre mot de passe Roster a été modifié
email-password-changed-intro = Le mot de passe de votre compte Roster { $email } vient d’être modifié, et tous les appareils connectés avec l’ancien mot de passe ont été déconnectés.
email-password-changed-how = Si c’était vous, vous n’avez rien à faire. Sinon, choisissez dès maintenant un nouveau mot de passe :
email-password-changed-link = Choisir un nouveau mot de passe maintenant

# Les avis d’authentification à deux facteurs et de clés d’accès partagent le paragraphe final.
email-security-how = Si c’était vous, vous n’avez rien à faire. Sinon, changez dès maintenant de mot de passe et vérifiez vos paramètres d’authentification à deux facteurs :
email-security-link = Changer de mot de passe et vérifier l’authentification à deux facteurs

email-two-factor-on-subject = L’authentification à deux facteurs est activée sur votre compte Roster
email-two-factor-on-intro = L’authentification à deux facteurs vient d’être activée sur votre compte Roster { $email }. Pour vous connecter, il vous faut désormais un code de votre application d’authentification ou un code de récupération.
email-two-factor-off-subject = L’authentification à deux facteurs est désactivée sur votre compte Roster
email-two-factor-off-intro = L’authentification à deux facteurs vient d’être désactivée sur votre compte Roster { $email }. Pour vous connecter, votre mot de passe suffit désormais.
email-recovery-codes-subject = Nouveaux codes de récupération pour votre compte Roster
email-recovery-codes-intro = De nouveaux codes de récupération viennent d’être générés pour votre compte Roster { $email } ; les anciens ne fonctionnent plus.
email-two-factor-reset-subject = L’authentification à deux facteurs de votre compte Roster a été réinitialisée
email-two-factor-reset-intro = Un administrateur de { $workspace } a réinitialisé l’authentification à deux facteurs de votre compte Roster { $email }, et vos sessions dans { $workspace } ont été déconnectées. Connectez-vous avec votre mot de passe, puis configurez à nouveau l’authentification à deux facteurs.
email-wrong-codes-subject = Quelqu’un connaît peut-être votre mot de passe Roster
email-wrong-codes-intro = Quelqu’un a saisi le bon mot de passe de votre compte Roster { $email }, puis plusieurs codes d’authentification à deux facteurs erronés. L’authentification à deux facteurs l’a empêché d’entrer, mais cette personne connaît peut-être votre mot de passe.
email-passkey-added-subject = Une clé d’accès a été ajoutée à votre compte Roster
email-passkey-added-intro = Une clé d’accès vient d’être ajoutée à votre compte Roster { $email }. Elle permet de se connecter à votre compte sans mot de passe.
email-passkey-removed-subject = Une clé d’accès a été supprimée de votre compte Roster
email-passkey-removed-intro = Une clé d’accès vient d’être supprimée de votre compte Roster { $email }.
