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
