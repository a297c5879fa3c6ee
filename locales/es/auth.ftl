# Inicio de sesión.

login-title = Iniciar sesión
login-heading = Iniciar sesión
login-email = Correo electrónico
login-password = Contraseña
login-submit = Iniciar sesión
login-submitting = Iniciando sesión…
login-passkey = Iniciar sesión con una llave de acceso
login-passkey-waiting = Esperando tu llave de acceso…
login-forgot-password = ¿Olvidaste tu contraseña?
login-after-setup = Tu espacio de trabajo está listo. Inicia sesión con el correo electrónico y la contraseña que acabas de elegir.
login-after-reset = Se ha cambiado tu contraseña. Inicia sesión con la nueva.
login-after-logout = Has cerrado sesión.

forgot-title = Contraseña olvidada
forgot-heading = Restablece tu contraseña
forgot-intro = Escribe el correo electrónico con el que inicias sesión y te enviaremos un enlace para elegir una nueva contraseña.
forgot-sent = Si hay una cuenta con ese correo electrónico, recibirá en breve un enlace para elegir una nueva contraseña. El enlace es válido durante una hora.
forgot-submit = Enviar enlace de restablecimiento
forgot-submitting = Enviando…
back-to-login = Volver al inicio de sesión

reset-title = Elige una nueva contraseña
reset-heading = Elige una nueva contraseña
reset-link-invalid = Este enlace para restablecer la contraseña ya no es válido. Solicita uno nuevo.
reset-send-new-link = Enviar un nuevo enlace
reset-intro = Al hacerlo, se cerrará tu sesión en todos los dispositivos; vuelve a iniciar sesión con la nueva contraseña.
reset-new-password = Nueva contraseña
reset-confirm-password = Confirmar contraseña
reset-submit = Guardar nueva contraseña
reset-submitting = Guardando…
password-rule-hint = Al menos 12 caracteres. Una frase corta es fácil de recordar y difícil de adivinar.
