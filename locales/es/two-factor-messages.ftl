# Lo que responde el servidor sobre la autenticación de dos factores y las llaves de acceso cuando algo
# no se puede hacer, junto al campo al que se refiere o encima del formulario.

# El segundo paso del inicio de sesión, después de la contraseña.
two-factor-sign-in-expired = Tu inicio de sesión ha caducado. Vuelve a iniciar sesión.
two-factor-enter-the-code = Escribe el código de tu aplicación de autenticación
two-factor-wrong-code = Este código no es correcto. Escribe el código que muestra ahora tu aplicación o un código de recuperación que no hayas usado.
two-factor-too-many-wrong-codes = Demasiados códigos incorrectos. Vuelve a iniciar sesión.

# Configuración de la aplicación de autenticación. «Roster» es el nombre que la aplicación muestra
# encima del código, y «Configurar la aplicación de autenticación» es el botón two-factor-set-up-app.
two-factor-already-on = La autenticación de dos factores ya está activada
two-factor-start-setup-again = Vuelve a empezar con «Configurar la aplicación de autenticación»
two-factor-wrong-setup-code = Este código no es correcto. Escribe el código de 6 dígitos que tu aplicación muestra ahora para Roster.
two-factor-setup-changed-elsewhere = Mientras tanto, se ha configurado la autenticación de dos factores, o se ha vuelto a empezar su configuración, en otro lugar. Vuelve a cargar esta página.

# Códigos de recuperación, y desactivación de la autenticación de dos factores.
two-factor-turn-on-first = Activa primero la autenticación de dos factores
two-factor-enter-a-code = Escribe un código de tu aplicación de autenticación
# { $workspace } nombra un espacio de trabajo, o varios separados por comas; { $count } es cuántos.
two-factor-required-cannot-turn-off = { $count ->
    [one] { $workspace } exige la autenticación de dos factores, así que no se puede desactivar
    [many] { $workspace } exigen la autenticación de dos factores, así que no se puede desactivar
   *[other] { $workspace } exigen la autenticación de dos factores, así que no se puede desactivar
}

# Un administrador restablece la autenticación de dos factores de un miembro (Usuarios → un miembro).
two-factor-reset-own = Desactiva tu propia autenticación de dos factores en tu página «Autenticación de dos factores»
two-factor-nothing-to-reset = Este miembro no tiene autenticación de dos factores que restablecer

# Añadir y eliminar llaves de acceso.
two-factor-passkey-name-missing = Ponle un nombre a la llave de acceso, como «Portátil del trabajo» o «Teléfono»
two-factor-passkey-name-taken = Ya tienes una llave de acceso con este nombre; ponle otro a esta
two-factor-passkey-not-added = No se ha podido añadir la llave de acceso. Inténtalo de nuevo.
two-factor-passkey-already-added = Esta llave de acceso ya se había añadido
# Cuando la persona elimina su última llave de acceso: { $workspace } nombra un espacio de trabajo, o
# varios separados por comas; { $count } es cuántos.
two-factor-required-keep-passkey = { $count ->
    [one] { $workspace } exige la autenticación de dos factores: primero configura una aplicación de autenticación o añade otra llave de acceso
    [many] { $workspace } exigen la autenticación de dos factores: primero configura una aplicación de autenticación o añade otra llave de acceso
   *[other] { $workspace } exigen la autenticación de dos factores: primero configura una aplicación de autenticación o añade otra llave de acceso
}

# Uso de una llave de acceso: como segundo paso del inicio de sesión, o para iniciar sesión sin contraseña.
two-factor-passkey-ceremony-over = Ha pasado demasiado tiempo o ya se ha respondido a esta solicitud. Inténtalo de nuevo.
two-factor-no-passkey-yet = Aún no tienes ninguna llave de acceso. Usa un código de tu aplicación de autenticación o un código de recuperación.
two-factor-passkey-not-accepted = No se ha aceptado esta llave de acceso. Inténtalo de nuevo o inicia sesión de otra forma.
two-factor-passkey-sign-in-refused = No se ha aceptado esta llave de acceso. Inicia sesión con tu correo electrónico y tu contraseña.

# Lo muestra el propio navegador cuando el uso de una llave de acceso termina sin respuesta.
two-factor-no-passkey-used = No se ha usado ninguna llave de acceso. Inténtalo de nuevo o inicia sesión de otra forma.
# Seguido de dos puntos y el detalle técnico.
two-factor-passkey-unreadable = No se han podido leer los datos de la llave de acceso
