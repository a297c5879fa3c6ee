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
