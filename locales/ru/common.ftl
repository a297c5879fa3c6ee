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

# Когда что-то произошло, как это показывают списки; точный момент указан рядом.
moment-just-now = только что
moment-yesterday = вчера
moment-minutes-ago = { $count ->
    [one] { $count } минуту назад
    [few] { $count } минуты назад
    [many] { $count } минут назад
   *[other] { $count } минуты назад
}
moment-hours-ago = { $count ->
    [one] { $count } час назад
    [few] { $count } часа назад
    [many] { $count } часов назад
   *[other] { $count } часа назад
}
moment-days-ago = { $count ->
    [one] { $count } день назад
    [few] { $count } дня назад
    [many] { $count } дней назад
   *[other] { $count } дня назад
}
moment-months-ago = { $count ->
    [one] { $count } месяц назад
    [few] { $count } месяца назад
    [many] { $count } месяцев назад
   *[other] { $count } месяца назад
}
moment-years-ago = { $count ->
    [one] { $count } год назад
    [few] { $count } года назад
    [many] { $count } лет назад
   *[other] { $count } года назад
}
moment-in-minutes = { $count ->
    [one] через { $count } минуту
    [few] через { $count } минуты
    [many] через { $count } минут
   *[other] через { $count } минуты
}
moment-in-hours = { $count ->
    [one] через { $count } час
    [few] через { $count } часа
    [many] через { $count } часов
   *[other] через { $count } часа
}
moment-in-days = { $count ->
    [one] через { $count } день
    [few] через { $count } дня
    [many] через { $count } дней
   *[other] через { $count } дня
}
moment-in-months = { $count ->
    [one] через { $count } месяц
    [few] через { $count } месяца
    [many] через { $count } месяцев
   *[other] через { $count } месяца
}
moment-in-years = { $count ->
    [one] через { $count } год
    [few] через { $count } года
    [many] через { $count } лет
   *[other] через { $count } года
}
# Точный момент в записи strftime: %-d день, %b краткое название месяца (%B полное), %Y год,
# %H:%M часы и минуты, %Z сокращение часового пояса. Месяцы пишутся на языке интерфейса.
moment-exact-format = %-d %b %Y г., %H:%M %Z
moment-never = Никогда

# Сообщения об ошибках. Те, в которых нет подстановок, показывает и сам браузер.
error-validation = Исправьте выделенные поля
error-unauthenticated = Войдите, чтобы продолжить
error-invalid-credentials = Неверный адрес электронной почты или пароль
error-not-found = Не найдено
error-rate-limited = { $minutes ->
    [one] Слишком много попыток, попробуйте снова через { $minutes } минуту
    [few] Слишком много попыток, попробуйте снова через { $minutes } минуты
    [many] Слишком много попыток, попробуйте снова через { $minutes } минут
   *[other] Слишком много попыток, попробуйте снова через { $minutes } минуты
}
# Дальше идут двоеточие и техническая подробность — в том виде, в каком её написал сервер.
error-bad-request = Не удалось разобрать запрос
error-busy = Roster сейчас занят, попробуйте снова через несколько секунд
error-internal = Что-то пошло не так
error-network = Не удалось связаться с сервером, проверьте подключение и попробуйте снова

number-group-separator =  
