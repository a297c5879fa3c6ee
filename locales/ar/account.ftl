# لغة الشخص نفسه، في قائمة الحساب ← اللغة وفي الصفحات قبل تسجيل الدخول.

language-heading = اللغة
language-intro = يعرض لك Roster صفحاته ويرسل إليك رسائل البريد الإلكتروني بهذه اللغة.
# اختيار من لم يختر لغة بعد: لغة متصفحه، وإلا فلغة مساحة العمل.
language-automatic = تلقائي ({ $language })
language-automatic-hint = إلى أن تختار لغة، يتبع Roster لغة متصفحك، ويستخدم لغة مساحة العمل إذا لم تكن لغة متصفحك من لغات Roster.
language-saved = تم حفظ لغتك.
language-unknown = اختر لغة من القائمة.
language-saving = جارٍ الحفظ…

# قائمة الحساب ← جلساتك.
sessions-heading = جلساتك
sessions-lead = كل جهاز أو متصفح سجّلت الدخول عليه. سجّل الخروج من أي جلسة لا تعرفها، وغيّر كلمة المرور إذا كنت تظن أن أحدًا غيرك يعرفها.
sessions-loading = جارٍ تحميل الجلسات…
sessions-end-others = تسجيل الخروج من كل الجلسات الأخرى
sessions-ended-none = لم تكن هناك جلسات أخرى لتسجيل الخروج منها
sessions-ended-one = تم تسجيل الخروج من جلسة أخرى واحدة
# تظهر لجلستين أو أكثر؛ المتصفح يضع العدد، لذا يجب ألا تتوقف الصياغة عليه.
sessions-ended-many = عدد الجلسات الأخرى التي تم تسجيل الخروج منها: { $count }
sessions-ended-this = تم تسجيل الخروج من الجلسة
sessions-device = الجهاز
sessions-ip = عنوان IP
sessions-signed-in = وقت تسجيل الدخول
sessions-last-active = آخر نشاط
sessions-actions = الإجراءات
sessions-this-device = هذا الجهاز
sessions-active-now = نشطة الآن
sessions-log-out = تسجيل الخروج

# قائمة الحساب ← تغيير كلمة المرور.
change-password-heading = تغيير كلمة المرور
change-password-lead = عند تغيير كلمة المرور، يتم تسجيل خروجك من جميع أجهزتك الأخرى.
change-password-current = كلمة المرور الحالية
change-password-new = كلمة المرور الجديدة
change-password-confirm = تأكيد كلمة المرور الجديدة
change-password-submit = تغيير كلمة المرور
change-password-submitting = جارٍ تغيير كلمة المرور…
change-password-changed = تم تغيير كلمة المرور، وتم تسجيل الخروج من أجهزتك الأخرى.

sessions-browser-on = { $browser } على { $os }
sessions-unknown-browser = متصفح غير معروف
sessions-unknown-ip = غير معروف
