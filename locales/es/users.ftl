# El área de configuración «Usuarios e invitaciones»: su encabezado, que también da nombre a su fila de pestañas.

people-heading = Usuarios e invitaciones

# La pestaña Usuarios: su encabezado, la búsqueda y la tabla de miembros.

users-members-heading = Miembros
users-invite-user = Invitar usuario
users-search-label = Buscar usuarios
users-search-placeholder = Nombre o correo electrónico
# Se muestra junto a la búsqueda mientras la lista se actualiza con lo escrito.
users-searching = Buscando…
users-loading = Cargando usuarios…
# Los encabezados de la tabla de miembros; la página de detalles nombra los mismos datos de la misma manera.
users-name = Nombre
users-email = Correo electrónico
users-role = Rol
users-two-factor = Dos factores
users-joined = Miembro desde
users-last-active = Última actividad
# El encabezado oculto de la columna de botones de papelera.
users-actions = Acciones
# Tras el nombre del administrador que está viendo la lista.
users-you = (tú)
users-two-factor-on = Activada
users-two-factor-off = Desactivada

# Cuántos miembros muestra la lista. El navegador los escribe cada vez que responde una búsqueda,
# con los números ya escritos: no admiten formas de plural, así que nada debe depender del número
# («Usuarios que coinciden: { $total }»). Los que llevan «1» son para exactamente uno.
users-count-none-match = Ningún usuario coincide con tu búsqueda
users-count-one-match = 1 usuario coincide
users-count-one = 1 usuario
# $total es 2 o más.
users-count-all-match = Usuarios que coinciden: { $total }
# $total es 2 o más.
users-count-all = Usuarios: { $total }
# Más allá de la última página, como tras quitar a la única persona que había en ella.
users-count-past-the-end = No hay usuarios en esta página; total: { $total }
# Dónde queda esta página entre todos los miembros: posiciones de $first a $last.
users-count-range = Usuarios { $first }–{ $last } de { $total }
users-count-range-matching = Resultados { $first }–{ $last } de { $total }
# Cuando no se sabe la posición de la página: solo cuántos muestra.
users-count-part = Usuarios mostrados: { $shown } de { $total }
users-count-part-matching = Resultados mostrados: { $shown } de { $total }

# Cuando una búsqueda no encuentra a nadie: enlaces para empezar de nuevo y para invitar a la dirección buscada.
users-clear-search = Borrar búsqueda
users-invite-address = Invitar a { $email }
users-first-page = Primera página
users-pages = Páginas de usuarios
users-previous-page = Anterior
users-next-page = Siguiente

# Quitar a alguien del espacio de trabajo, desde la lista o desde su página de detalles.
users-remove-name = Quitar a { $name }
users-remove-title = ¿Quitar a { $name } del espacio de trabajo?
users-removal-consequences = Perderá al instante el acceso a este espacio de trabajo en todos sus dispositivos. Su cuenta y su actividad anterior se conservan.
users-remove = Quitar
users-keep = Mantener
users-removed = Usuario quitado del espacio de trabajo
# Tras las consecuencias de quitar a alguien cuando esa persona es un administrador que invitó a otras.
# El navegador los escribe para la lista, con el número ya escrito: sin formas de plural,
# así que nada debe depender del número.
users-cancels-one-invitation = Se cancelará su invitación pendiente.
# $count es 2 o más.
users-cancels-invitations = Se cancelarán sus invitaciones pendientes ({ $count }).
# Lo mismo, tal como lo dice la página de detalles.
users-invitations-to-cancel = { $count ->
    [one] Se cancelará su invitación pendiente.
    [many] Se cancelarán sus { $count } de invitaciones pendientes.
   *[other] Se cancelarán sus { $count } invitaciones pendientes.
}

# La página de detalles del usuario.

users-back-to-users = Volver a usuarios
users-activity-of = Actividad de { $name }
users-save-role = Guardar
users-saving-role = Guardando…
users-role-saved = Rol guardado. Se aplica desde la próxima página que abra, en todos sus dispositivos.
users-demote-title = ¿Quitar a { $name } el rol de administrador?
# $invitations dice cuáles de sus invitaciones se cancelan también.
users-demote-message = Perderá el derecho a gestionar usuarios y configuración. { $invitations }
users-change-role = Cambiar rol
users-keep-admin = Mantener como administrador

users-sessions-heading = Sesiones
users-sessions-intro = Cierra sus sesiones en este espacio de trabajo en todos los dispositivos; podrá volver a iniciar sesión.
users-log-out-everywhere = Cerrar todas sus sesiones
users-log-out-title = ¿Cerrar todas las sesiones de { $name }?
users-log-out-message = Se cerrará al instante la sesión en este espacio de trabajo en todos los dispositivos en los que la haya iniciado. Sus sesiones en otros espacios de trabajo se mantienen.
users-keep-logged-in = Mantener sus sesiones
# El navegador lo escribe con el número ya escrito: sin formas de plural, así que nada
# debe depender del número.
users-sessions-ended = Sesiones cerradas en este espacio de trabajo: { $count }

users-two-factor-intro = Para quien ha perdido el teléfono y los códigos de recuperación: iniciará sesión solo con su contraseña y después volverá a configurarla.
users-reset-two-factor = Restablecer la autenticación
users-reset-two-factor-title = ¿Restablecer la autenticación de dos factores de { $name }?
users-reset-two-factor-message = Su aplicación de autenticación y sus códigos de recuperación dejarán de funcionar, y se cerrará su sesión en este espacio de trabajo. Hazlo solo si tienes la certeza de que quien lo pide es esa persona.
users-keep-two-factor = Mantenerla
users-two-factor-was-reset = Autenticación de dos factores restablecida. Se ha cerrado su sesión en este espacio de trabajo y se le ha avisado por correo electrónico.

users-membership-heading = Membresía
users-membership-intro = Quitar a esta persona pone fin a su acceso aquí; su cuenta y su actividad anterior se conservan.
