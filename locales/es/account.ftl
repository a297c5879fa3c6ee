# El idioma de cada persona, en Menú de la cuenta → Idioma y en las páginas sin sesión iniciada.

language-heading = Idioma
language-intro = Roster te muestra sus páginas y te envía los correos en este idioma.
# La opción de quien aún no ha elegido ninguno: el idioma de su navegador o, si no, el del espacio de trabajo.
language-automatic = Automático ({ $language })
language-automatic-hint = Mientras no elijas uno, Roster usa el idioma de tu navegador, o el del espacio de trabajo si Roster no está disponible en el idioma de tu navegador.
language-saved = Se ha guardado tu idioma.
language-unknown = Elige un idioma de la lista.
language-saving = Guardando…
