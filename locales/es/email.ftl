# Correos electrónicos. Cada párrafo es un mensaje, que se usa tanto en la parte de texto plano como en la HTML.
# Una línea que termina en dos puntos va seguida del propio enlace en la parte de texto plano;
# los mensajes «-link» son las palabras del enlace en la parte HTML.

role-admin = Administrador
role-editor = Editor
role-agent = Agente

email-invitation-subject = [{ $workspace }] Invitación para unirte al espacio de trabajo
email-invitation-intro = { $inviter } te ha invitado a unirte al espacio de trabajo { $workspace } en Roster con el rol de { $role }.
email-invitation-how = Para aceptarla, abre este enlace y elige una contraseña (o inicia sesión, si ya tienes una cuenta):
email-invitation-link = Aceptar la invitación
email-invitation-expiry = El enlace solo se puede usar una vez y caduca el { $expires }. Si no esperabas esta invitación, ignora este mensaje.

email-joined-subject = [{ $workspace }] Un nuevo usuario se ha unido a tu espacio de trabajo
email-joined-intro = { $name } ({ $email }) ha aceptado una invitación y se ha unido a { $workspace } con el rol de { $role }.
email-joined-why = Recibes este correo porque eres administrador de { $workspace }. Para dejar de recibir estos correos, abre este enlace:
email-joined-link = Dejar de recibir estos correos

email-reset-subject = Restablece tu contraseña de Roster
email-reset-intro = Alguien ha solicitado restablecer la contraseña de tu cuenta de Roster { $email }.
email-reset-how = Para elegir una nueva contraseña, abre este enlace en el plazo de una hora:
email-reset-link = Elegir una nueva contraseña
email-reset-ignore = El enlace solo se puede usar una vez. Si no lo has solicitado, ignora este mensaje; tu contraseña seguirá siendo la misma.

email-password-changed-subject = Se ha cambiado tu contraseña de Roster
email-password-changed-intro = Se acaba de cambiar la contraseña de tu cuenta de Roster { $email } y se ha cerrado la sesión en todos los dispositivos en los que se había iniciado con la contraseña anterior.
email-password-changed-how = Si fuiste tú, no tienes que hacer nada. Si no, elige ahora una nueva contraseña:
email-password-changed-link = Elegir ahora una nueva contraseña

# Los avisos de autenticación de dos factores y de llaves de acceso comparten el párrafo final.
email-security-how = Si fuiste tú, no tienes que hacer nada. Si no, cambia ahora tu contraseña y revisa tu configuración de autenticación de dos factores:
email-security-link = Cambiar la contraseña y revisar la autenticación de dos factores

email-two-factor-on-subject = La autenticación de dos factores está activada en tu cuenta de Roster
email-two-factor-on-intro = Se acaba de activar la autenticación de dos factores en tu cuenta de Roster { $email }. A partir de ahora, para iniciar sesión necesitarás un código de tu aplicación de autenticación o un código de recuperación.
email-two-factor-off-subject = La autenticación de dos factores está desactivada en tu cuenta de Roster
email-two-factor-off-intro = Se acaba de desactivar la autenticación de dos factores en tu cuenta de Roster { $email }. A partir de ahora, para iniciar sesión solo necesitarás tu contraseña.
email-recovery-codes-subject = Nuevos códigos de recuperación para tu cuenta de Roster
email-recovery-codes-intro = Se acaban de generar nuevos códigos de recuperación para tu cuenta de Roster { $email }; los anteriores ya no sirven.
email-two-factor-reset-subject = Se ha restablecido la autenticación de dos factores de tu cuenta de Roster
email-two-factor-reset-intro = Un administrador de { $workspace } ha restablecido la autenticación de dos factores de tu cuenta de Roster { $email } y se han cerrado tus sesiones en { $workspace }. Inicia sesión con tu contraseña y vuelve a configurar la autenticación de dos factores.
email-wrong-codes-subject = Es posible que alguien conozca tu contraseña de Roster
email-wrong-codes-intro = Alguien ha introducido la contraseña correcta de tu cuenta de Roster { $email } y después ha escrito varios códigos de dos factores incorrectos. La autenticación de dos factores le ha impedido entrar, pero es posible que conozca tu contraseña.
email-passkey-added-subject = Se ha añadido una llave de acceso a tu cuenta de Roster
email-passkey-added-intro = Se acaba de añadir una llave de acceso a tu cuenta de Roster { $email }. Con ella se puede iniciar sesión en tu cuenta sin contraseña.
email-passkey-removed-subject = Se ha eliminado una llave de acceso de tu cuenta de Roster
email-passkey-removed-intro = Se acaba de eliminar una llave de acceso de tu cuenta de Roster { $email }.
