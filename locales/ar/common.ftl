# نصوص تشترك فيها صفحات كثيرة.

loading = جارٍ التحميل…
roster = Roster
# عنوان علامة تبويب المتصفح: الصفحة أولًا، لأن صف علامات التبويب لا يُظهر إلا بدايتها.
title-in-workspace = { $page } · { $workspace } · Roster
title-signed-out = { $page } · Roster

count-users = { $count ->
    [zero] { $count } مستخدم
    [one] { $count } مستخدم
    [two] { $count } مستخدمان
    [few] { $count } مستخدمين
    [many] { $count } مستخدمًا
   *[other] { $count } مستخدم
}

language-label = اللغة
language-save = حفظ

# متى حدث أمر ما، كما تعرضه القوائم؛ واللحظة الدقيقة بجانبه.
moment-just-now = الآن
moment-yesterday = أمس
moment-minutes-ago = { $count ->
    [zero] قبل { $count } دقيقة
    [one] قبل دقيقة واحدة
    [two] قبل دقيقتين
    [few] قبل { $count } دقائق
    [many] قبل { $count } دقيقة
   *[other] قبل { $count } دقيقة
}
moment-hours-ago = { $count ->
    [zero] قبل { $count } ساعة
    [one] قبل ساعة واحدة
    [two] قبل ساعتين
    [few] قبل { $count } ساعات
    [many] قبل { $count } ساعة
   *[other] قبل { $count } ساعة
}
moment-days-ago = { $count ->
    [zero] قبل { $count } يوم
    [one] قبل يوم واحد
    [two] قبل يومين
    [few] قبل { $count } أيام
    [many] قبل { $count } يومًا
   *[other] قبل { $count } يوم
}
moment-months-ago = { $count ->
    [zero] قبل { $count } شهر
    [one] قبل شهر واحد
    [two] قبل شهرين
    [few] قبل { $count } أشهر
    [many] قبل { $count } شهرًا
   *[other] قبل { $count } شهر
}
moment-years-ago = { $count ->
    [zero] قبل { $count } سنة
    [one] قبل سنة واحدة
    [two] قبل سنتين
    [few] قبل { $count } سنوات
    [many] قبل { $count } سنة
   *[other] قبل { $count } سنة
}
moment-in-minutes = { $count ->
    [zero] بعد { $count } دقيقة
    [one] بعد دقيقة واحدة
    [two] بعد دقيقتين
    [few] بعد { $count } دقائق
    [many] بعد { $count } دقيقة
   *[other] بعد { $count } دقيقة
}
moment-in-hours = { $count ->
    [zero] بعد { $count } ساعة
    [one] بعد ساعة واحدة
    [two] بعد ساعتين
    [few] بعد { $count } ساعات
    [many] بعد { $count } ساعة
   *[other] بعد { $count } ساعة
}
moment-in-days = { $count ->
    [zero] بعد { $count } يوم
    [one] بعد يوم واحد
    [two] بعد يومين
    [few] بعد { $count } أيام
    [many] بعد { $count } يومًا
   *[other] بعد { $count } يوم
}
moment-in-months = { $count ->
    [zero] بعد { $count } شهر
    [one] بعد شهر واحد
    [two] بعد شهرين
    [few] بعد { $count } أشهر
    [many] بعد { $count } شهرًا
   *[other] بعد { $count } شهر
}
moment-in-years = { $count ->
    [zero] بعد { $count } سنة
    [one] بعد سنة واحدة
    [two] بعد سنتين
    [few] بعد { $count } سنوات
    [many] بعد { $count } سنة
   *[other] بعد { $count } سنة
}
# اللحظة الدقيقة كما يكتبها strftime: %-d اليوم، و%b اسم الشهر المختصر (%B الكامل)، و%Y السنة،
# و%H:%M الساعات والدقائق، و%Z اختصار المنطقة الزمنية. تأتي أسماء الأشهر باللغة نفسها.
moment-exact-format = %-d %B %Y، %H:%M %Z
moment-never = أبدًا

# رسائل الخطأ. الرسائل التي لا تحتوي على متغيرات يعرضها المتصفح نفسه أيضًا.
error-validation = يُرجى تصحيح الحقول المميّزة
error-unauthenticated = يُرجى تسجيل الدخول للمتابعة
error-invalid-credentials = البريد الإلكتروني أو كلمة المرور غير صحيحة
error-not-found = غير موجود
error-rate-limited = { $minutes ->
    [zero] محاولات كثيرة جدًا، حاول مجددًا بعد { $minutes } دقيقة
    [one] محاولات كثيرة جدًا، حاول مجددًا بعد دقيقة واحدة
    [two] محاولات كثيرة جدًا، حاول مجددًا بعد دقيقتين
    [few] محاولات كثيرة جدًا، حاول مجددًا بعد { $minutes } دقائق
    [many] محاولات كثيرة جدًا، حاول مجددًا بعد { $minutes } دقيقة
   *[other] محاولات كثيرة جدًا، حاول مجددًا بعد { $minutes } دقيقة
}
# تليها نقطتان ثم التفاصيل التقنية كما كتبها الخادم.
error-bad-request = تعذّر فهم الطلب
error-busy = يواجه Roster ضغطًا حاليًا، حاول مجددًا بعد بضع ثوانٍ
error-internal = حدث خطأ ما
error-network = تعذّر الوصول إلى الخادم، تحقّق من اتصالك وحاول مجددًا

number-group-separator = ,
