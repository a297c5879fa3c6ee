# Textos compartidos por muchas páginas.

loading = Cargando…
roster = Roster
# El título de una pestaña del navegador: primero la página, porque una fila de pestañas solo muestra el principio.
title-in-workspace = { $page } · { $workspace } · Roster
title-signed-out = { $page } · Roster

count-users = { $count ->
    [one] { $count } usuario
    [many] { $count } de usuarios
   *[other] { $count } usuarios
}

language-label = Idioma
language-save = Guardar
