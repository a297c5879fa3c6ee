# صفحات مساحة العمل: صفحتها الرئيسية، وإعدادها الأول، وإعداداتها، ونشاطها.

# حقل اسم مساحة العمل، في الإعداد الأول وفي الإعدادات.
workspace-name = اسم مساحة العمل

# الرئيسية. تأتي أسماء الأدوار من role-admin وrole-editor وrole-agent، وتُكتب هنا بين «» بعد كلمة «دور».

home-welcome = مرحبًا، { $name }
home-joined = انضممت إلى مساحة العمل { $workspace } بدور «{ $role }».
home-role = دورك في مساحة العمل { $workspace } هو «{ $role }».
home-no-longer-member = لم تعد عضوًا في مساحة العمل هذه.

# الرئيسية للمسؤولين: مساحة العمل في لمحة.
home-invite-user = دعوة مستخدم
home-members = الأعضاء
# عدد الأعضاء في كل دور، وكل اسم بجانب عدده.
home-count-admins = المسؤولون
home-count-editors = المحررون
home-count-agents = الوكلاء
home-manage-users = إدارة المستخدمين
home-invitations-none = لا توجد دعوات بانتظار القبول.
home-invitations-waiting = { $count ->
    [zero] لا توجد دعوات بانتظار القبول.
    [one] هناك دعوة واحدة بانتظار القبول.
    [two] هناك دعوتان بانتظار القبول.
    [few] هناك { $count } دعوات بانتظار القبول.
    [many] هناك { $count } دعوة بانتظار القبول.
   *[other] هناك { $count } دعوة بانتظار القبول.
}
# تنتهي صلاحية $expiring (واحدة على الأقل) من الدعوات الـ $count هذا الأسبوع؛ يجب ألا تتوقف الصياغة على هذا العدد.
home-invitations-waiting-expiring = { $count ->
    [zero] لا توجد دعوات بانتظار القبول.
    [one] هناك دعوة واحدة بانتظار القبول، وتنتهي صلاحيتها هذا الأسبوع.
    [two] هناك دعوتان بانتظار القبول؛ عدد ما تنتهي صلاحيته منها هذا الأسبوع: { $expiring }.
    [few] هناك { $count } دعوات بانتظار القبول؛ عدد ما تنتهي صلاحيته منها هذا الأسبوع: { $expiring }.
    [many] هناك { $count } دعوة بانتظار القبول؛ عدد ما تنتهي صلاحيته منها هذا الأسبوع: { $expiring }.
   *[other] هناك { $count } دعوة بانتظار القبول؛ عدد ما تنتهي صلاحيته منها هذا الأسبوع: { $expiring }.
}
home-see-invitations = عرض الدعوات
home-latest-activity = آخر النشاط
home-all-activity = كل النشاط
# سطر واحد من آخر النشاط: من قام به، ثم ما قام به، كما تصفه صفحة النشاط.
home-activity-entry = { $who } { $what }

# الرئيسية للمحررين والوكلاء: ما يتيحه دورهم، ومن يطلبون منه المزيد.
home-you-can = يمكنك
home-you-cannot = لا يمكنك
home-your-admins = المسؤولون في مساحة عملك
home-ask-admins = تواصل معهم عندما تحتاج إلى صلاحية وصول ليست لديك.
home-other-workspaces = مساحات عملك الأخرى
# $switcher هو تسمية أداة تبديل مساحة العمل (switcher-label).
home-switch-hint = للانتقال إلى إحداها، استخدم «{ $switcher }» في القائمة.
home-sessions = { $count ->
    [zero] لست مسجّل الدخول على أي جهاز.
    [one] أنت مسجّل الدخول على جهاز واحد.
    [two] أنت مسجّل الدخول على جهازين.
    [few] أنت مسجّل الدخول على { $count } أجهزة.
    [many] أنت مسجّل الدخول على { $count } جهازًا.
   *[other] أنت مسجّل الدخول على { $count } جهاز.
}
home-see-sessions = عرض جلساتك

# الإعداد الأول: مساحة العمل في تثبيت جديد وأول مسؤول فيها.

setup-heading = أنشئ مساحة عملك
setup-intro = مرحبًا بك في Roster. سمِّ مساحة عملك وأنشئ أول حساب مسؤول. يُطبع رمز الإعداد في سجل الخادم عند بدء تشغيله.
setup-code = رمز الإعداد
setup-your-name = اسمك
setup-submit = إنشاء مساحة العمل
setup-submitting = جارٍ إنشاء مساحة العمل…

# الإعدادات: النظرة العامة، وإعدادات مساحة العمل نفسها.

settings-lead-admin = غيّر طريقة عمل مساحة العمل وتحكّم في من يمكنه الوصول إليها.
settings-lead-viewer = اطّلع على إعداد مساحة العمل. لا يستطيع تغييره إلا المسؤولون.
settings-loading = جارٍ تحميل الإعدادات…
settings-read-only = لا يستطيع تغيير هذه الإعدادات إلا المسؤولون.
# معنى لغة مساحة العمل، يُذكر مرة واحدة في الصفحة.
settings-language-hint = اللغة الافتراضية لتدفقات مساحة العمل ورسائلها، ولغة صفحات Roster ورسائل بريده الإلكتروني للأعضاء الذين لم يختاروا لغتهم.
settings-timezone = المنطقة الزمنية
settings-timezone-hint = اكتب للبحث، مثل Kigali أو New York. تظهر التواريخ في Roster كله بهذه المنطقة الزمنية.
settings-two-factor = فرض المصادقة الثنائية
settings-two-factor-hint = يُطلب من الأعضاء المشمولين الذين ليس لديهم عامل تحقق ثانٍ إعدادُه قبل أن يتمكنوا من استخدام مساحة العمل.
# خيارات من يجب عليه استخدام المصادقة الثنائية.
settings-two-factor-rule-nobody = لا أحد
settings-two-factor-rule-admins = المسؤولون
settings-two-factor-rule-everyone = الجميع
settings-save = حفظ
settings-saving = جارٍ الحفظ…
settings-saved = تم حفظ إعدادات مساحة العمل

# النشاط: من فعل ماذا، الأحدث أولًا.

activity-loading = جارٍ تحميل النشاط…
# فوق نشاط شخص واحد؛ ويليه رابط إلى نشاط الجميع.
activity-person-intro = ما قام به { $name } وما اتُّخذ من إجراءات بشأنه.
activity-show-everyone = عرض نشاط الجميع
activity-none = لم يحدث شيء بعد
# أعمدة الجدول.
activity-when = الوقت
activity-who = الشخص
activity-what = الإجراء
# اسم أداة التنقل بين الصفحات وروابطها.
activity-pages = صفحات النشاط
activity-newest = الأحدث
activity-older = الأقدم
