# El idioma de cada persona, en Menú de la cuenta → Idioma y en las páginas sin sesión iniciada.

language-heading = Idioma
language-intro = Roster te muestra sus páginas y te envía los correos en este idioma.
# La opción de quien aún no ha elegido ninguno: el idioma de su navegador o, si no, el del espacio de trabajo.
language-automatic = Automático ({ $language })
language-automatic-hint = Mientras no elijas uno, Roster usa el idioma de tu navegador, o el del espacio de trabajo si Roster no está disponible en el idioma de tu navegador.
language-saved = Se ha guardado tu idioma.
language-unknown = Elige un idioma de la lista.
language-saving = Guardando…

# Menú de la cuenta → Tus sesiones.
sessions-heading = Tus sesiones
sessions-lead = Cada dispositivo o navegador en el que has iniciado sesión. Cierra las sesiones que no reconozcas y cambia tu contraseña si crees que alguien más la conoce.
sessions-loading = Cargando sesiones…
sessions-end-others = Cerrar todas las demás sesiones
sessions-ended-none = No había otras sesiones que cerrar
sessions-ended-one = Se ha cerrado la otra sesión
# Se muestra para dos o más; el navegador pone el número, así que el texto no debe depender de él.
sessions-ended-many = Otras sesiones cerradas: { $count }
sessions-ended-this = Sesión cerrada
sessions-device = Dispositivo
sessions-ip = Dirección IP
sessions-signed-in = Inicio de sesión
sessions-last-active = Última actividad
sessions-actions = Acciones
sessions-this-device = Este dispositivo
sessions-active-now = Activa ahora
sessions-log-out = Cerrar sesión

# Menú de la cuenta → Cambiar contraseña.
change-password-heading = Cambiar contraseña
change-password-lead = Al cambiar tu contraseña, se cerrará tu sesión en todos los demás dispositivos.
change-password-current = Contraseña actual
change-password-new = Nueva contraseña
change-password-confirm = Confirmar nueva contraseña
change-password-submit = Cambiar contraseña
change-password-submitting = Cambiando contraseña…
change-password-changed = Se ha cambiado tu contraseña. Se ha cerrado la sesión en tus otros dispositivos.

sessions-browser-on = { $browser } en { $os }
sessions-unknown-browser = Navegador desconocido
sessions-unknown-ip = Desconocida
