# Las páginas de un espacio de trabajo: su Inicio, su configuración inicial, su configuración y su actividad.

# El campo del nombre del espacio de trabajo, en la configuración inicial y en la configuración.
workspace-name = Nombre del espacio de trabajo

# Inicio. Los nombres de los roles vienen de role-admin, role-editor y role-agent; en español van tras «con el rol de».

home-welcome = Te damos la bienvenida, { $name }
home-joined = Te uniste a { $workspace } con el rol de { $role }.
home-role = Tienes el rol de { $role } en { $workspace }.
home-no-longer-member = Ya no eres miembro de este espacio de trabajo.

# Inicio para administradores: el espacio de trabajo de un vistazo.
home-invite-user = Invitar usuario
home-members = Miembros
# Cuántos miembros tienen cada rol; cada nombre va junto a su número.
home-count-admins = Administradores
home-count-editors = Editores
home-count-agents = Agentes
home-manage-users = Gestionar usuarios
home-invitations-none = No hay invitaciones pendientes.
home-invitations-waiting = { $count ->
    [one] Hay { $count } invitación pendiente de aceptar.
    [many] Hay { $count } de invitaciones pendientes de aceptar.
   *[other] Hay { $count } invitaciones pendientes de aceptar.
}
# $expiring (al menos una) de las $count invitaciones caducan esta semana; la frase no debe depender de ese número.
home-invitations-waiting-expiring = { $count ->
    [one] Hay { $count } invitación pendiente de aceptar; caduca esta semana.
    [many] Hay { $count } de invitaciones pendientes de aceptar; caducan esta semana: { $expiring }.
   *[other] Hay { $count } invitaciones pendientes de aceptar; caducan esta semana: { $expiring }.
}
home-see-invitations = Ver invitaciones
home-latest-activity = Actividad reciente
home-all-activity = Toda la actividad
# Una línea de la actividad reciente: quién lo hizo y luego qué hizo, tal como lo describe la página Actividad.
home-activity-entry = { $who } { $what }

# Inicio para editores y agentes: lo que su rol les permite y a quién pedir más.
home-you-can = Puedes
home-you-cannot = No puedes
home-your-admins = Tus administradores
home-ask-admins = Acude a ellos cuando necesites un acceso que no tengas.
home-other-workspaces = Tus otros espacios de trabajo
# $switcher es la etiqueta del selector de espacios de trabajo (switcher-label).
home-switch-hint = Cambia a otro con «{ $switcher }» en el menú.
home-sessions = { $count ->
    [one] Tienes la sesión iniciada en { $count } dispositivo.
    [many] Tienes la sesión iniciada en { $count } de dispositivos.
   *[other] Tienes la sesión iniciada en { $count } dispositivos.
}
home-see-sessions = Ver tus sesiones

# Configuración inicial: el espacio de trabajo de una instalación nueva y su primer administrador.

setup-heading = Crea tu espacio de trabajo
setup-intro = Te damos la bienvenida a Roster. Ponle nombre a tu espacio de trabajo y crea la primera cuenta de administrador. El código de configuración aparece en el registro del servidor cuando este arranca.
setup-code = Código de configuración
setup-your-name = Tu nombre
setup-submit = Crear espacio de trabajo
setup-submitting = Creando el espacio de trabajo…

# Configuración: el resumen y la configuración propia del espacio de trabajo.

settings-lead-admin = Cambia cómo funciona el espacio de trabajo y gestiona quién tiene acceso.
settings-lead-viewer = Consulta cómo está configurado el espacio de trabajo. Solo los administradores pueden cambiarlo.
settings-loading = Cargando la configuración…
settings-read-only = Solo los administradores pueden cambiar esta configuración.
# Lo que significa el idioma del espacio de trabajo; se dice una sola vez en la página.
settings-language-hint = El idioma predeterminado de los flujos y mensajes del espacio de trabajo, y el de las páginas y correos de Roster para los miembros que no han elegido el suyo.
settings-timezone = Zona horaria
settings-timezone-hint = Escribe para buscar, p. ej., Kigali o New York. Las fechas de todo Roster se muestran en esta zona horaria.
settings-two-factor = Exigir la autenticación de dos factores
settings-two-factor-hint = Los miembros afectados que no tengan un segundo factor tendrán que configurarlo antes de poder usar el espacio de trabajo.
# Las opciones de quién debe usar la autenticación de dos factores.
settings-two-factor-rule-nobody = Nadie
settings-two-factor-rule-admins = Administradores
settings-two-factor-rule-everyone = Todos
settings-save = Guardar
settings-saving = Guardando…
settings-saved = Se ha guardado la configuración del espacio de trabajo

# Actividad: quién hizo qué, de lo más reciente a lo más antiguo.

activity-loading = Cargando la actividad…
# Encima de la actividad de una persona; a continuación va un enlace a la de todos.
activity-person-intro = Lo que ha hecho { $name } y lo que se ha hecho con su cuenta.
activity-show-everyone = Ver la actividad de todos
activity-none = Todavía no ha pasado nada
# Las columnas de la tabla.
activity-when = Cuándo
activity-who = Quién
activity-what = Qué
# El nombre del paginador y sus enlaces.
activity-pages = Páginas de actividad
activity-newest = Más recientes
activity-older = Anteriores
