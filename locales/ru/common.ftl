# Тексты, общие для многих страниц.

loading = Загрузка…
roster = Roster
# Заголовок вкладки браузера: сначала страница, потому что в ряду вкладок видно только начало.
title-in-workspace = { $page } · { $workspace } · Roster
title-signed-out = { $page } · Roster

count-users = { $count ->
    [one] { $count } пользователь
    [few] { $count } пользователя
    [many] { $count } пользователей
   *[other] { $count } пользователя
}

language-label = Язык
language-save = Сохранить
