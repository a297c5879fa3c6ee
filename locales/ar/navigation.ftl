# الإطار بعد تسجيل الدخول: الشريط الجانبي وقائمة الحساب وأسماء الصفحات.

page-home = الرئيسية
page-settings = الإعدادات
page-workspace-settings = إعدادات مساحة العمل
page-users = المستخدمون
page-user-details = تفاصيل المستخدم
page-invitations = الدعوات
page-activity = النشاط
page-sessions = جلساتك
page-change-password = تغيير كلمة المرور
page-two-factor = المصادقة الثنائية
page-notifications = إشعارات البريد الإلكتروني
page-language = اللغة

shell-menu = القائمة
shell-main-navigation = الرئيسي
shell-account-menu = قائمة الحساب
shell-log-out = تسجيل الخروج
switcher-label = تبديل مساحة العمل
switcher-hint = باستخدام لوحة المفاتيح، اختر مساحة عمل ثم اضغط Enter.
switcher-placeholder = اختر مساحة عمل
switcher-submit = تبديل

denied-heading = ليس لديك إذن بالوصول إلى صفحة «{ $page }»
denied-heading-unknown = ليس لديك إذن بالوصول إلى هذه الصفحة
go-to-start = الانتقال إلى صفحة البداية
