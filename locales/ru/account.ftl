# Собственный язык человека: в меню аккаунта → Язык и на страницах до входа.

language-heading = Язык
language-intro = На этом языке Roster показывает вам страницы и пишет письма.
# Выбор того, кто ещё ничего не выбрал: язык браузера, а иначе — язык рабочего пространства.
language-automatic = Автоматически ({ $language })
language-automatic-hint = Пока вы не выберете язык, Roster использует язык вашего браузера, а если Roster его не поддерживает — язык рабочего пространства.
language-saved = Язык сохранён.
language-unknown = Выберите язык из списка.
language-saving = Сохранение…

# Меню аккаунта → Ваши сеансы.
sessions-heading = Ваши сеансы
sessions-lead = Все устройства и браузеры, на которых выполнен вход в ваш аккаунт. Завершите сеансы, которые вы не узнаёте, и смените пароль, если думаете, что его знает кто-то ещё.
sessions-loading = Загрузка сеансов…
sessions-end-others = Завершить все другие сеансы
sessions-ended-none = Других сеансов для завершения не было
sessions-ended-one = Завершён 1 другой сеанс
# Показывается для двух и более; число подставляет браузер, поэтому текст не должен от него зависеть.
sessions-ended-many = Завершено других сеансов: { $count }
sessions-ended-this = Сеанс завершён
sessions-device = Устройство
sessions-ip = IP-адрес
sessions-signed-in = Вход выполнен
sessions-last-active = Последняя активность
sessions-actions = Действия
sessions-this-device = Это устройство
sessions-active-now = Активен сейчас
sessions-log-out = Завершить

# Меню аккаунта → Смена пароля.
change-password-heading = Смена пароля
change-password-lead = После смены пароля вы выйдете из аккаунта на всех остальных устройствах.
change-password-current = Текущий пароль
change-password-new = Новый пароль
change-password-confirm = Повторите новый пароль
change-password-submit = Сменить пароль
change-password-submitting = Смена пароля…
change-password-changed = Пароль изменён. На остальных ваших устройствах выполнен выход из аккаунта.

sessions-browser-on = { $browser } на { $os }
sessions-unknown-browser = Неизвестный браузер
sessions-unknown-ip = Неизвестен
