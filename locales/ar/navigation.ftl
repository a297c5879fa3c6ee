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
page-api-tokens = رموز الوصول إلى API

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

# سبب رفض صفحة أو إجراء.
denied-flows = يقتصر العمل على التدفقات والحملات والمشغّلات على المسؤولين والمحررين
denied-messages = يقتصر إرسال الرسائل والرسائل الجماعية على المسؤولين والمحررين
denied-contacts = تقتصر إدارة جهات الاتصال على المسؤولين والمحررين
denied-import-export = يقتصر الاستيراد والتصدير على المسؤولين والمحررين
denied-tickets = تقتصر معالجة التذاكر على أعضاء مساحة العمل هذه
denied-view-settings = يقتصر عرض إعدادات مساحة العمل على المسؤولين والمحررين
denied-change-settings = يقتصر تغيير إعدادات مساحة العمل على المسؤولين
denied-users = تقتصر إدارة المستخدمين على المسؤولين
denied-invitations = تقتصر إدارة الدعوات على المسؤولين
denied-activity = يقتصر عرض سجل النشاط على المسؤولين
denied-own-account = يقتصر هذا الإجراء على أعضاء مساحة العمل هذه
denied-notifications = تُعلم إشعارات البريد الإلكتروني المسؤولين عند انضمام أحدهم؛ ولا يتلقاها إلا المسؤولون.
denied-two-factor-required = تتطلب مساحة العمل { $workspace } المصادقة الثنائية. أعدّها من «قائمة الحساب»، ثم «المصادقة الثنائية».

# أقسام الإعدادات، في قائمة التنقل الخاصة بها وفي صفحة النظرة العامة.
settings-section-workspace = مساحة العمل
settings-section-users = المستخدمون والدعوات
settings-section-workspace-about = اسم مساحة العمل ولغتها ومنطقتها الزمنية، ومن يجب عليه استخدام المصادقة الثنائية.
settings-section-users-about = من في مساحة العمل وبأي دور؛ ادعُ أشخاصًا، وأعد إرسال الدعوات أو ألغِها.
settings-section-activity-about = من دعا من أو أزاله، ومن غيّر دور من، ومن انضم، ومتى.

denied-cross-site = ورد هذا الطلب من موقع آخر فرُفض
