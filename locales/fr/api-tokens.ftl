# Menu du compte → Jetons d’API, et la section des jetons de la page de détails d’un membre.

api-tokens-heading = Jetons d’API
api-tokens-lead = Un jeton permet à un script ou à un autre programme d’utiliser l’API de Roster dans { $workspace } en votre nom, avec votre rôle ou en lecture seule. Quiconque le détient peut faire ce qu’il autorise : gardez-le donc aussi secret qu’un mot de passe.
api-tokens-create-heading = Créer un jeton
api-tokens-name = Nom
api-tokens-name-hint = Son usage, par exemple « Synchronisation RH ».
api-tokens-expires = Durée de validité
api-tokens-days = { $count ->
    [one] { $count } jour
    [many] { $count } de jours
   *[other] { $count } jours
}
api-tokens-access = Accès
api-tokens-access-hint = « Identique à mon rôle » permet ce que votre rôle autorise au moment de chaque appel : le jeton suit donc tout changement de votre rôle.
api-tokens-access-read-only = Lecture seule
api-tokens-access-same-as-role = Identique à mon rôle
api-tokens-access-same-as-their-role = Identique à son rôle
api-tokens-create = Créer le jeton
api-tokens-creating = Création…
api-tokens-new-heading = Votre nouveau jeton
api-tokens-new-label = Nouveau jeton
api-tokens-shown-once = Copiez-le maintenant : Roster ne l’affiche que cette fois et n’en conserve qu’une empreinte.
api-tokens-copy = Copier
api-tokens-copied = Copié.
api-tokens-copy-needs-https = Ici, la copie nécessite HTTPS : sélectionnez le jeton et copiez-le vous-même.
api-tokens-copy-refused = Le navigateur n’a pas autorisé la copie : sélectionnez le jeton et copiez-le vous-même.
api-tokens-list-heading = Vos jetons
api-tokens-member-heading = Jetons d’API
api-tokens-loading = Chargement des jetons…
api-tokens-none = Aucun jeton d’API.
api-tokens-column-name = Nom
api-tokens-column-access = Accès
api-tokens-column-created = Création
api-tokens-column-last-used = Dernière utilisation
api-tokens-column-expires = Expiration
api-tokens-column-actions = Actions
api-tokens-never-used = Jamais
api-tokens-expired = Expiré
api-tokens-revoke = Révoquer
api-tokens-revoke-title = Révoquer ce jeton ?
api-tokens-revoke-message = Les scripts qui utilisent « { $name } » cessent aussitôt de fonctionner. Cette action est irréversible.
api-tokens-cancel = Annuler
api-tokens-revoked = Le jeton a été révoqué.
api-tokens-pick-lifetime = Choisissez 7, 30, 90 ou 365 jours
api-tokens-too-many = { $count ->
    [one] Vous avez déjà { $count } jeton ici : révoquez-en un d’abord
    [many] Vous avez déjà { $count } de jetons ici : révoquez-en un d’abord
   *[other] Vous avez déjà { $count } jetons ici : révoquez-en un d’abord
}
api-tokens-read-only-refused = Ce jeton est en lecture seule : il ne peut rien modifier
