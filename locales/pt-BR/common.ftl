# Textos compartilhados por várias páginas.

loading = Carregando…
roster = Roster
# O título de uma aba do navegador: primeiro a página, porque uma fileira de abas mostra só o começo.
title-in-workspace = { $page } · { $workspace } · Roster
title-signed-out = { $page } · Roster

count-users = { $count ->
    [one] { $count } usuário
    [many] { $count } de usuários
   *[other] { $count } usuários
}

language-label = Idioma
language-save = Salvar

# Quando algo aconteceu, como as listas mostram; o momento exato fica ao lado.
moment-just-now = agora mesmo
moment-yesterday = ontem
moment-minutes-ago = { $count ->
    [one] há { $count } minuto
    [many] há { $count } de minutos
   *[other] há { $count } minutos
}
moment-hours-ago = { $count ->
    [one] há { $count } hora
    [many] há { $count } de horas
   *[other] há { $count } horas
}
moment-days-ago = { $count ->
    [one] há { $count } dia
    [many] há { $count } de dias
   *[other] há { $count } dias
}
moment-months-ago = { $count ->
    [one] há { $count } mês
    [many] há { $count } de meses
   *[other] há { $count } meses
}
moment-years-ago = { $count ->
    [one] há { $count } ano
    [many] há { $count } de anos
   *[other] há { $count } anos
}
moment-in-minutes = { $count ->
    [one] em { $count } minuto
    [many] em { $count } de minutos
   *[other] em { $count } minutos
}
moment-in-hours = { $count ->
    [one] em { $count } hora
    [many] em { $count } de horas
   *[other] em { $count } horas
}
moment-in-days = { $count ->
    [one] em { $count } dia
    [many] em { $count } de dias
   *[other] em { $count } dias
}
moment-in-months = { $count ->
    [one] em { $count } mês
    [many] em { $count } de meses
   *[other] em { $count } meses
}
moment-in-years = { $count ->
    [one] em { $count } ano
    [many] em { $count } de anos
   *[other] em { $count } anos
}
# O momento exato, como o strftime escreve: %-d dia, %b nome curto do mês (%B longo), %Y ano,
# %H:%M horas e minutos, %Z abreviação do fuso horário. Os meses saem no idioma.
moment-exact-format = %-d de %b de %Y, %H:%M %Z
moment-never = Nunca

# Mensagens de erro. As que não têm marcadores também são mostradas pelo próprio navegador.
error-validation = Corrija os campos destacados
error-unauthenticated = Entre na sua conta para continuar
error-invalid-credentials = E-mail ou senha incorretos
error-not-found = Não encontrado
error-rate-limited = { $minutes ->
    [one] Muitas tentativas, tente de novo em { $minutes } minuto
    [many] Muitas tentativas, tente de novo em { $minutes } de minutos
   *[other] Muitas tentativas, tente de novo em { $minutes } minutos
}
# Seguida de dois-pontos e do detalhe técnico, que fica como o servidor escreveu.
error-bad-request = Não foi possível entender a solicitação
error-busy = O Roster está ocupado, tente de novo em alguns segundos
error-internal = Algo deu errado
error-network = Não foi possível acessar o servidor, verifique sua conexão e tente de novo

number-group-separator = .
