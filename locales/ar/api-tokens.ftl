# قائمة الحساب ← رموز الوصول إلى API، وقسم رموز الوصول في صفحة تفاصيل العضو.

api-tokens-heading = رموز الوصول إلى API
api-tokens-lead = يتيح رمز الوصول لبرنامج نصي أو لبرنامج آخر استخدام API الخاصة بـ Roster في { $workspace } باسمك، بدورك أو للقراءة فقط. يستطيع كل من يحمله أن يفعل كل ما يسمح به، لذا احفظه سرًّا كما تحفظ كلمة المرور.
api-tokens-create-heading = إنشاء رمز وصول
api-tokens-name = الاسم
api-tokens-name-hint = الغرض منه، مثل «مزامنة الموارد البشرية».
api-tokens-expires = مدة الصلاحية
api-tokens-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
api-tokens-access = الوصول
api-tokens-access-hint = يتيح خيار «مثل دوري» ما يسمح به دورك لحظة كل طلب، فيتبع أي تغيير في دورك.
api-tokens-access-read-only = للقراءة فقط
api-tokens-access-same-as-role = مثل دوري
api-tokens-access-same-as-their-role = مثل دوره
api-tokens-create = إنشاء الرمز
api-tokens-creating = جارٍ الإنشاء…
api-tokens-new-heading = رمز الوصول الجديد
api-tokens-new-label = الرمز الجديد
api-tokens-shown-once = انسخه الآن: لا يعرضه Roster إلا هذه المرة، ولا يحتفظ منه إلا ببصمة.
api-tokens-copy = نسخ
api-tokens-copied = تم النسخ.
api-tokens-copy-needs-https = يتطلب النسخ هنا اتصال HTTPS: حدّد الرمز وانسخه بنفسك.
api-tokens-copy-refused = لم يسمح المتصفح بالنسخ: حدّد الرمز وانسخه بنفسك.
api-tokens-list-heading = رموز الوصول الخاصة بك
api-tokens-member-heading = رموز الوصول إلى API
api-tokens-loading = جارٍ تحميل رموز الوصول…
api-tokens-none = لا توجد رموز وصول إلى API.
api-tokens-column-name = الاسم
api-tokens-column-access = الوصول
api-tokens-column-created = تاريخ الإنشاء
api-tokens-column-last-used = آخر استخدام
api-tokens-column-expires = تاريخ انتهاء الصلاحية
api-tokens-column-actions = الإجراءات
api-tokens-never-used = أبدًا
api-tokens-expired = منتهي الصلاحية
api-tokens-revoke = إبطال
api-tokens-revoke-title = هل تريد إبطال رمز الوصول هذا؟
api-tokens-revoke-message = ستتوقف البرامج النصية التي تستخدم «{ $name }» عن العمل فورًا. لا يمكن التراجع عن ذلك.
api-tokens-cancel = إلغاء
api-tokens-revoked = تم إبطال رمز الوصول.
api-tokens-pick-lifetime = اختر 7 أو 30 أو 90 أو 365 يومًا
api-tokens-too-many = { $count ->
    [zero] لديك هنا بالفعل { $count } رمز وصول: أبطل أحدها أولًا
    [one] لديك هنا بالفعل رمز وصول واحد: أبطله أولًا
    [two] لديك هنا بالفعل رمزا وصول: أبطل أحدهما أولًا
    [few] لديك هنا بالفعل { $count } رموز وصول: أبطل أحدها أولًا
    [many] لديك هنا بالفعل { $count } رمز وصول: أبطل أحدها أولًا
   *[other] لديك هنا بالفعل { $count } رمز وصول: أبطل أحدها أولًا
}
api-tokens-read-only-refused = رمز الوصول هذا للقراءة فقط: لا يمكنه تغيير أي شيء
