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

# Cuándo ocurrió algo, tal como lo muestran las listas; el momento exacto va al lado.
moment-just-now = ahora mismo
moment-yesterday = ayer
moment-minutes-ago = { $count ->
    [one] hace { $count } minuto
    [many] hace { $count } de minutos
   *[other] hace { $count } minutos
}
moment-hours-ago = { $count ->
    [one] hace { $count } hora
    [many] hace { $count } de horas
   *[other] hace { $count } horas
}
moment-days-ago = { $count ->
    [one] hace { $count } día
    [many] hace { $count } de días
   *[other] hace { $count } días
}
moment-months-ago = { $count ->
    [one] hace { $count } mes
    [many] hace { $count } de meses
   *[other] hace { $count } meses
}
moment-years-ago = { $count ->
    [one] hace { $count } año
    [many] hace { $count } de años
   *[other] hace { $count } años
}
moment-in-minutes = { $count ->
    [one] dentro de { $count } minuto
    [many] dentro de { $count } de minutos
   *[other] dentro de { $count } minutos
}
moment-in-hours = { $count ->
    [one] dentro de { $count } hora
    [many] dentro de { $count } de horas
   *[other] dentro de { $count } horas
}
moment-in-days = { $count ->
    [one] dentro de { $count } día
    [many] dentro de { $count } de días
   *[other] dentro de { $count } días
}
moment-in-months = { $count ->
    [one] dentro de { $count } mes
    [many] dentro de { $count } de meses
   *[other] dentro de { $count } meses
}
moment-in-years = { $count ->
    [one] dentro de { $count } año
    [many] dentro de { $count } de años
   *[other] dentro de { $count } años
}
# El momento exacto, como lo escribe strftime: %-d día, %b nombre corto del mes (%B largo), %Y año,
# %H:%M horas y minutos, %Z abreviatura de la zona horaria. Los meses salen en el idioma.
moment-exact-format = %-d %b %Y, %H:%M %Z
moment-never = Nunca

# Mensajes de error. Los que no tienen marcadores también los muestra el propio navegador.
error-validation = Corrige los campos marcados
error-unauthenticated = Inicia sesión para continuar
error-invalid-credentials = El correo electrónico o la contraseña no son correctos
error-not-found = No se ha encontrado
error-rate-limited = { $minutes ->
    [one] Demasiados intentos; vuelve a intentarlo dentro de { $minutes } minuto
    [many] Demasiados intentos; vuelve a intentarlo dentro de { $minutes } de minutos
   *[other] Demasiados intentos; vuelve a intentarlo dentro de { $minutes } minutos
}
# Va seguido de dos puntos y del detalle técnico, que se queda tal como lo escribió el servidor.
error-bad-request = No se ha podido entender la solicitud
error-busy = Roster está ocupado; vuelve a intentarlo dentro de unos segundos
error-internal = Algo ha salido mal
error-network = No se ha podido conectar con el servidor; comprueba tu conexión y vuelve a intentarlo

number-group-separator = .
