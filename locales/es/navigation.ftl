# El marco con la sesión iniciada: la barra lateral, el menú de la cuenta y los nombres de las páginas.

page-home = Inicio
page-settings = Configuración
page-workspace-settings = Configuración del espacio de trabajo
page-users = Usuarios
page-user-details = Detalles del usuario
page-invitations = Invitaciones
page-activity = Actividad
page-sessions = Tus sesiones
page-change-password = Cambiar contraseña
page-two-factor = Autenticación de dos factores
page-notifications = Notificaciones por correo electrónico
page-language = Idioma
page-api-tokens = Tokens de API

shell-menu = Menú
shell-main-navigation = Principal
shell-account-menu = Menú de la cuenta
shell-log-out = Cerrar sesión
switcher-label = Cambiar de espacio de trabajo
switcher-hint = Con el teclado, elige un espacio de trabajo y pulsa Intro.
switcher-placeholder = Elige un espacio de trabajo
switcher-submit = Cambiar

denied-heading = No tienes acceso a { $page }
denied-heading-unknown = No tienes acceso a esta página
go-to-start = Ir a la página de inicio

# Por qué se rechaza una página o una acción.
denied-flows = Solo los administradores y los editores pueden trabajar con flujos, campañas y activadores
denied-messages = Solo los administradores y los editores pueden enviar mensajes y difusiones
denied-contacts = Solo los administradores y los editores pueden gestionar contactos
denied-import-export = Solo los administradores y los editores pueden importar y exportar
denied-tickets = Solo los miembros de este espacio de trabajo pueden atender tickets
denied-view-settings = Solo los administradores y los editores pueden ver la configuración del espacio de trabajo
denied-change-settings = Solo los administradores pueden cambiar la configuración del espacio de trabajo
denied-users = Solo los administradores pueden gestionar usuarios
denied-invitations = Solo los administradores pueden gestionar invitaciones
denied-activity = Solo los administradores pueden ver el historial de actividad
denied-own-account = Solo los miembros de este espacio de trabajo pueden hacer esto
denied-notifications = Las notificaciones por correo electrónico avisan a los administradores cuando alguien se une; solo las reciben los administradores.
denied-two-factor-required = { $workspace } exige la autenticación de dos factores. Configúrala en Menú de la cuenta, Autenticación de dos factores.

# Las secciones del área de configuración, en su navegación y en su resumen.
settings-section-workspace = Espacio de trabajo
settings-section-users = Usuarios e invitaciones
settings-section-workspace-about = El nombre, el idioma y la zona horaria del espacio de trabajo, y quién debe usar la autenticación de dos factores.
settings-section-users-about = Quién está en el espacio de trabajo y con qué rol; invita a personas y reenvía o cancela invitaciones.
settings-section-activity-about = Quién invitó o eliminó a quién, quién se unió o cambió un rol, y cuándo.

denied-cross-site = Esta solicitud llegó desde otro sitio y se ha rechazado
