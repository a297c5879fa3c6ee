# Connexion.

login-title = Connexion
login-heading = Connexion
login-email = Adresse e-mail
login-password = Mot de passe
login-submit = Se connecter
login-submitting = Connexion en cours…
login-passkey = Se connecter avec une clé d’accès
login-passkey-waiting = En attente de votre clé d’accès…
login-forgot-password = Mot de passe oublié ?
login-after-setup = Votre espace de travail est prêt. Connectez-vous avec l’adresse e-mail et le mot de passe que vous venez de choisir.
login-after-reset = Votre mot de passe a été modifié. Connectez-vous avec votre nouveau mot de passe.
login-after-logout = Vous avez été déconnecté.

forgot-title = Mot de passe oublié
forgot-heading = Réinitialisez votre mot de passe
forgot-intro = Saisissez l’adresse e-mail avec laquelle vous vous connectez : nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-sent = Si un compte est associé à cette adresse e-mail, un lien pour choisir un nouveau mot de passe est en route. Ce lien est valable une heure.
forgot-submit = Envoyer le lien de réinitialisation
forgot-submitting = Envoi en cours…
back-to-login = Retour à la connexion

reset-title = Choisir un nouveau mot de passe
reset-heading = Choisissez un nouveau mot de passe
reset-link-invalid = Ce lien de réinitialisation du mot de passe n’est plus valide. Demandez-en un nouveau.
reset-send-new-link = Envoyer un nouveau lien
reset-intro = Vous serez ensuite déconnecté sur tous vos appareils ; reconnectez-vous avec votre nouveau mot de passe.
reset-new-password = Nouveau mot de passe
reset-confirm-password = Confirmer le mot de passe
reset-submit = Définir le nouveau mot de passe
reset-submitting = Enregistrement…
password-rule-hint = Au moins 12 caractères. Une courte phrase est facile à retenir et difficile à deviner.
