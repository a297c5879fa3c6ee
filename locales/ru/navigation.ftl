# Рамка после входа: боковая панель, меню аккаунта и названия страниц.

page-home = Главная
page-settings = Настройки
page-workspace-settings = Настройки рабочего пространства
page-users = Пользователи
page-user-details = Сведения о пользователе
page-invitations = Приглашения
page-activity = Активность
page-sessions = Ваши сеансы
page-change-password = Смена пароля
page-two-factor = Двухфакторная аутентификация
page-notifications = Уведомления по электронной почте
page-language = Язык

shell-menu = Меню
shell-main-navigation = Основная
shell-account-menu = Меню аккаунта
shell-log-out = Выйти
switcher-label = Сменить рабочее пространство
switcher-hint = С клавиатуры выберите рабочее пространство и нажмите Enter.
switcher-placeholder = Выберите рабочее пространство
switcher-submit = Перейти

denied-heading = У вас нет доступа к странице «{ $page }»
denied-heading-unknown = У вас нет доступа к этой странице
go-to-start = Перейти на главную страницу
