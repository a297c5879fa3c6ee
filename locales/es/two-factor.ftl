# Menú de la cuenta → Autenticación de dos factores. Su título es page-two-factor.

two-factor-lead = Después de tu contraseña, Roster te pide un código de una aplicación de tu teléfono, así que una contraseña robada no basta para entrar en tu cuenta.
# La línea de estado de la página después de activarla o desactivarla.
two-factor-turned-on = La autenticación de dos factores está activada.
two-factor-turned-off = La autenticación de dos factores está desactivada.
# Cuando las reglas de los espacios de trabajo exigen un segundo factor: { $workspace } nombra un espacio
# de trabajo, o varios separados por comas.
two-factor-required-set-up = La autenticación de dos factores es obligatoria en { $workspace }. Configúrala para continuar.
two-factor-required-stays-on = La autenticación de dos factores es obligatoria en { $workspace }, así que seguirá activada.

# La aplicación de autenticación. «Activada» y «Desactivada» son distintivos, cada uno seguido de lo que significa.
two-factor-app-heading = Aplicación de autenticación
two-factor-on = Activada
two-factor-app-on = Al iniciar sesión, se te pide un código de tu aplicación de autenticación.
two-factor-off = Desactivada
two-factor-app-off = Al iniciar sesión, solo se te pide tu contraseña.
two-factor-set-up-app = Configurar la aplicación de autenticación
# Un botón que abre su formulario, y el botón de ese formulario.
two-factor-turn-off = Desactivar
# Después de la contraseña actual, antes del código QR.
two-factor-continue = Continuar
# El campo de un código de dos factores: al desactivarla o activarla, y en el segundo paso del inicio de sesión.
two-factor-code = Código
two-factor-turn-off-code-hint = De tu aplicación de autenticación, o un código de recuperación.

# Configuración de la aplicación: su código QR y su clave de configuración, y después su primer código.
two-factor-scan-heading = Escanea este código con tu aplicación de autenticación
two-factor-scan-apps = Sirve cualquier aplicación que genere códigos de inicio de sesión de 6 dígitos, como 1Password, Google Authenticator o Microsoft Authenticator.
# El nombre del código QR para los lectores de pantalla.
two-factor-qr-code = Imagen para escanear con tu aplicación de autenticación
two-factor-setup-key = Clave de configuración
two-factor-setup-key-hint = O, en lugar de escanear, escribe esta clave en la aplicación.
two-factor-turn-on-code-hint = El código de 6 dígitos que la aplicación muestra ahora para Roster.
two-factor-turn-on = Activar
two-factor-turning-on = Activando…

# Códigos de recuperación.
two-factor-recovery-codes-heading = Códigos de recuperación
two-factor-recovery-codes-why = Para el día en que no tengas ni tu teléfono ni tus llaves de acceso.
# Después de la frase anterior: cuántos códigos quedan. El navegador escribe estos textos con el número
# ya puesto: sin formas de plural, así que el segundo no debe depender del número.
two-factor-recovery-codes-left-one = Te queda 1 código de recuperación.
# $count es 0, o 2 o más.
two-factor-recovery-codes-left = Códigos de recuperación restantes: { $count }.
# Un botón que abre su formulario, y el botón de ese formulario.
two-factor-new-recovery-codes = Generar nuevos códigos de recuperación
# Los códigos nuevos, que se muestran solo esta vez.
two-factor-recovery-codes-shown-once = Si pierdes el teléfono, cada uno de estos códigos te permite iniciar sesión una vez en lugar de usar un código de la aplicación. Guárdalos en un lugar seguro: solo se muestran ahora.
# La primera línea de los códigos descargados o copiados, encima de ellos.
two-factor-recovery-codes-file-title = Códigos de recuperación de Roster
two-factor-download = Descargar
two-factor-copy = Copiar
two-factor-copied = Copiados
two-factor-copy-needs-https = Aquí, para copiar se necesita HTTPS: selecciona los códigos y cópialos manualmente.
two-factor-copy-refused = El navegador no ha permitido copiar: selecciona los códigos y cópialos manualmente.
two-factor-done = Listo, ir a la página de inicio

# Llaves de acceso.
two-factor-passkeys-heading = Llaves de acceso
two-factor-passkeys-intro = Una llave de acceso te permite iniciar sesión con tu huella, tu cara, el bloqueo de pantalla o una llave de seguridad: como segundo paso después de tu contraseña, o desde la página de inicio de sesión sin contraseña.
# Debajo del nombre de cada llave de acceso: { $date } es el momento exacto, o «Nunca» (moment-never).
two-factor-passkey-added-on = Añadida: { $date }
two-factor-passkey-last-used = Último uso: { $date }
two-factor-passkey-remove = Eliminar
# El nombre del botón Eliminar para los lectores de pantalla; { $name } es el nombre de la llave de acceso.
two-factor-passkey-remove-name = Eliminar { $name }
two-factor-passkey-removed = Llave de acceso eliminada
two-factor-passkey-name = Nombre de la llave de acceso
two-factor-passkey-name-hint = Para distinguir tus llaves de acceso, p. ej., Portátil del trabajo.
two-factor-passkey-password = Tu contraseña
two-factor-passkey-password-hint = Una llave de acceso permite iniciar sesión sin tu contraseña, por eso se te pide para añadirla.
two-factor-add-passkey = Añadir una llave de acceso
two-factor-passkey-added = Llave de acceso añadida
two-factor-passkeys-unavailable = Las llaves de acceso requieren que Roster tenga un nombre de dominio; consulta a tu administrador.

# El segundo paso del inicio de sesión, después de la contraseña (/login/two-factor). Su título es
# page-two-factor y su campo de código, two-factor-code.
two-factor-sign-in-lead = Escribe el código de 6 dígitos que tu aplicación de autenticación muestra para Roster, o usa una llave de acceso.
two-factor-sign-in-recovery-lead = Escribe uno de los códigos de recuperación que guardaste al activar la autenticación de dos factores. Cada uno sirve una sola vez.
two-factor-sign-in-recovery-code = Código de recuperación
two-factor-sign-in-verify = Verificar
two-factor-sign-in-verifying = Verificando…
two-factor-sign-in-use-passkey = Usar una llave de acceso
# Los enlaces entre las dos formas del segundo paso.
two-factor-sign-in-use-recovery-code = Usar un código de recuperación
two-factor-sign-in-use-app = Usar tu aplicación de autenticación
