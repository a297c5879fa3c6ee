# Menú de la cuenta → Tokens de API, y la sección de tokens de la página de detalles de un miembro.

api-tokens-heading = Tokens de API
api-tokens-lead = Un token permite que un script u otro programa use la API de Roster en { $workspace } en tu nombre, con tu rol o solo para leer. Quien lo tenga puede hacer todo lo que el token permite, así que guárdalo tan en secreto como una contraseña.
api-tokens-create-heading = Crear token
api-tokens-name = Nombre
api-tokens-name-hint = Para qué sirve, como «Sincronización de personal».
api-tokens-expires = Validez
api-tokens-days = { $count ->
    [one] { $count } día
    [many] { $count } de días
   *[other] { $count } días
}
api-tokens-access = Acceso
api-tokens-access-hint = «Igual que mi rol» permite lo que tu rol pueda hacer en el momento de cada llamada, así que sigue cualquier cambio de tu rol.
api-tokens-access-read-only = Solo lectura
api-tokens-access-same-as-role = Igual que mi rol
api-tokens-access-same-as-their-role = Igual que su rol
api-tokens-create = Crear token
api-tokens-creating = Creando…
api-tokens-new-heading = Tu nuevo token
api-tokens-new-label = Nuevo token
api-tokens-shown-once = Cópialo ahora: Roster solo lo muestra esta vez y solo guarda una huella de él.
api-tokens-copy = Copiar
api-tokens-copied = Copiado.
api-tokens-copy-needs-https = Aquí, para copiar se necesita HTTPS: selecciona el token y cópialo manualmente.
api-tokens-copy-refused = El navegador no ha permitido copiar: selecciona el token y cópialo manualmente.
api-tokens-list-heading = Tus tokens
api-tokens-member-heading = Tokens de API
api-tokens-loading = Cargando tokens…
api-tokens-none = No hay tokens de API.
api-tokens-column-name = Nombre
api-tokens-column-access = Acceso
api-tokens-column-created = Creación
api-tokens-column-last-used = Último uso
api-tokens-column-expires = Caducidad
api-tokens-column-actions = Acciones
api-tokens-never-used = Nunca
api-tokens-expired = Caducado
api-tokens-revoke = Revocar
api-tokens-revoke-title = ¿Revocar este token?
api-tokens-revoke-message = Los scripts que usan «{ $name }» dejarán de funcionar al instante. Esta acción no se puede deshacer.
api-tokens-cancel = Cancelar
api-tokens-revoked = Se ha revocado el token.
api-tokens-pick-lifetime = Elige 7, 30, 90 o 365 días
api-tokens-too-many = { $count ->
    [one] Ya tienes { $count } token aquí: revoca uno primero
    [many] Ya tienes { $count } de tokens aquí: revoca uno primero
   *[other] Ya tienes { $count } tokens aquí: revoca uno primero
}
api-tokens-read-only-refused = Este token es de solo lectura: no puede cambiar nada
