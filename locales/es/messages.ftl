# Lo que responden los formularios y las acciones cuando algo no se puede hacer, junto al campo al que se refiere.

rules-password-too-short = { $count ->
    [one] Usa al menos { $count } carácter; una frase corta funciona bien
    [many] Usa al menos { $count } de caracteres; una frase corta funciona bien
   *[other] Usa al menos { $count } caracteres; una frase corta funciona bien
}
rules-too-long = { $count ->
    [one] Usa como máximo { $count } carácter
    [many] Usa como máximo { $count } de caracteres
   *[other] Usa como máximo { $count } caracteres
}
rules-enter-your-name = Escribe tu nombre
rules-enter-a-name = Escribe un nombre
rules-enter-a-workspace-name = Escribe un nombre para el espacio de trabajo
rules-no-control-characters = Quita los saltos de línea y otros caracteres de control
rules-enter-an-email = Escribe una dirección de correo electrónico
rules-enter-a-valid-email = Escribe una dirección de correo electrónico válida, como nombre@example.com
rules-common-password = Esta contraseña figura en una lista de contraseñas habituales; elige otra
rules-passwords-differ = Las dos contraseñas no coinciden

invitations-link-invalid = Este enlace de invitación ya no es válido. Pide a un administrador del espacio de trabajo que vuelva a enviarlo.
invitations-too-many-addresses = { $count ->
    [one] Invita como máximo a { $count } dirección a la vez
    [many] Invita como máximo a { $count } de direcciones a la vez
   *[other] Invita como máximo a { $count } direcciones a la vez
}
invitations-already-member = { $email } ya es miembro
invitations-already-invited = { $email } ya tiene una invitación; reenvíala en lugar de crear otra
invitations-already-pending = Esta invitación sigue pendiente
invitations-already-accepted = Esta invitación ya se ha aceptado
invitations-already-cancelled = Esta invitación ya se ha cancelado
invitations-already-expired = Esta invitación ya ha caducado
invitations-signed-in-as-other = Has iniciado sesión como { $current }. Cierra sesión y continúa para unirte como { $invitee }.
invitations-not-the-password = Esta no es la contraseña de { $email }
invitations-enter-code = Escribe el código de tu aplicación de autenticación o un código de recuperación
invitations-wrong-code = Este código no es correcto. Escribe el código que muestra ahora tu aplicación o un código de recuperación que no hayas usado.
invitations-account-just-created = Se acaba de crear una cuenta con este correo electrónico. Inicia sesión con ella y vuelve a abrir el enlace.

users-last-admin = Un espacio de trabajo debe tener al menos un administrador

setup-already-done = Esta instalación de Roster ya está configurada. Inicia sesión.
setup-enter-code = Escribe el código de configuración que aparece en el registro del servidor
setup-wrong-code = Ese código de configuración no es correcto. Cópialo del registro de arranque del servidor.
workspace-name-taken = Ya existe un espacio de trabajo llamado «{ $name }»
workspace-timezone-unknown = Elige una zona horaria de la lista, como Africa/Kigali
workspace-two-factor-rule-unknown = Elige Nadie, Administradores o Todos
workspace-logged-out-by-admin = Un administrador ha cerrado tu sesión en este espacio de trabajo. Vuelve a iniciar sesión para abrirlo.

rules-enter-your-password = Escribe tu contraseña
rules-enter-current-password = Escribe tu contraseña actual
rules-not-current-password = Esta no es tu contraseña actual
rules-new-passwords-differ = Las dos contraseñas nuevas no coinciden

rules-choose-a-role = Elige un rol: Administrador, Editor o Agente
