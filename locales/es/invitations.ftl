# La pestaña Invitaciones: Configuración → Usuarios e invitaciones → Invitaciones.

invitations-pending-heading = Invitaciones pendientes
# Un botón que abre el formulario de invitación, y el título de ese formulario.
invitations-invite-user = Invitar usuario
invitations-loading = Cargando invitaciones…
invitations-none-pending = No hay invitaciones pendientes

# Los encabezados de las columnas de la tabla; cuando las filas se apilan en un teléfono, también la etiqueta de cada celda.
invitations-column-email = Correo electrónico
invitations-column-role = Rol
invitations-column-status = Estado
invitations-column-sent = Enviada
# Solo lo leen los lectores de pantalla: la columna de los botones de cada fila.
invitations-column-actions = Acciones

# El estado de una invitación, en una etiqueta.
invitations-status-pending = Pendiente
invitations-status-expired = Caducada
# Junto a la etiqueta: si ya ha salido el correo con el enlace.
invitations-delivery-queued = Correo en cola
invitations-delivery-sent = Correo enviado
invitations-delivery-failed = No se pudo enviar el correo
# Debajo del día en que se envió: { $date } es el momento exacto en que el enlace deja, o dejó, de funcionar.
invitations-expires = Caduca el { $date }
invitations-expired = Caducó el { $date }

invitations-resend = Reenviar
# El nombre del botón de la papelera para los lectores de pantalla.
invitations-cancel-for = Cancelar la invitación de { $email }
invitations-resent = Invitación reenviada con un nuevo enlace
invitations-cancelled = Invitación cancelada; su enlace ya no funciona

# La pregunta antes de cancelar una invitación; { $name } es el correo electrónico invitado.
invitations-cancel-title = ¿Cancelar la invitación de { $name }?
invitations-cancel-message = El enlace del correo dejará de funcionar de inmediato. Puedes volver a invitar a esta persona más adelante.
invitations-cancel-confirm = Cancelar invitación
invitations-cancel-keep = Mantener invitación

# El formulario de invitación.
invitations-field-emails = Correo electrónico
# { $count } es el máximo de direcciones que admite un formulario de invitación (100).
invitations-field-emails-hint = ¿Varias personas? Separa sus direcciones con comas o saltos de línea, hasta { $count }.
invitations-field-role = Rol
# Lo que un rol puede y no puede hacer: sus permisos o sus límites, separados por punto y coma.
invitations-role-can = Puede: { $abilities }
invitations-role-cannot = No puede: { $limits }
# En los teléfonos, la descripción de un rol muestra una sola línea hasta pulsar «Ver más».
invitations-role-more = Ver más
invitations-role-less = Ver menos
# Solo para lectores de pantalla, tras «Ver más» o «Ver menos»: de qué rol es la descripción que abre el botón.
invitations-role-about = sobre el rol de { $role }
invitations-field-language = Idioma de la invitación
invitations-field-language-hint = El idioma del espacio de trabajo es { $language }. Elige otro para las personas que invites ahora.
# La lista de lo que ha pasado con cada dirección, cuando se invitó a varias a la vez.
invitations-results = Resultados por dirección
invitations-result-sent = { $email }: invitación enviada
# { $problem } dice por qué, en una frase breve.
invitations-result-not-sent = { $email }: no enviada, { $problem }
invitations-close = Cerrar
invitations-send = Enviar invitación
invitations-sending = Enviando…

# Lo que dice la página una vez enviadas las invitaciones. El navegador pone los números, así que
# no llevan formas de plural: cada frase debe leerse bien con cualquier número.
invitations-sent-to = Invitación enviada a { $email }
invitations-sent-count = Invitaciones enviadas: { $sent } de { $total }
# { $failed } enumera las direcciones a las que no se envió, separadas por comas.
invitations-sent-some = Invitaciones enviadas: { $sent } de { $total }. Sin enviar: { $failed }

# La página que abre el enlace de una invitación, también para quien no ha iniciado sesión.

invitations-accept-loading = Cargando la invitación…
invitations-accept-heading-invalid = Únete a un espacio de trabajo
invitations-accept-go-to-login = Ir al inicio de sesión
invitations-accept-heading = Únete a { $workspace }
# { $role } es el nombre del rol (Administrador, Editor o Agente); { $expires }, el momento exacto.
invitations-accept-intro = { $inviter } ha invitado a { $email } a unirse a { $workspace } con el rol de { $role }. La invitación caduca el { $expires }.
# { $role } es el nombre del rol (Administrador, Editor o Agente).
invitations-role-abilities = Qué permite el rol de { $role }
invitations-accept-signed-in-as-other = Has iniciado sesión como { $other }, pero esta invitación es para { $invited }.
invitations-accept-log-out = Cerrar sesión y continuar
invitations-accept-signed-in = Has iniciado sesión como { $email }.
invitations-accept-has-account = Ya tienes una cuenta con { $email }: escribe su contraseña para unirte.
invitations-accept-name = Nombre
# Un código de dos factores, que se pide cuando la cuenta tiene activada la autenticación de dos factores.
invitations-accept-code = Código
invitations-accept-code-hint = De tu aplicación de autenticación, o un código de recuperación.
invitations-accept-join = Unirse al espacio de trabajo
invitations-accept-joining = Uniéndote…

# Menú de la cuenta → Notificaciones por correo electrónico: el correo que recibe un administrador cuando alguien se une.

notifications-join-emails = Enviarme un correo cuando alguien se una a este espacio de trabajo
notifications-join-emails-on = Recibirás un correo cuando alguien se una
notifications-join-emails-off = Ya no recibirás un correo cuando alguien se una
notifications-save = Guardar
