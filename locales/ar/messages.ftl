# ما تجيب به النماذج والإجراءات حين يتعذّر أمر ما، بجانب الحقل الذي يخصّه.

rules-password-too-short = { $count ->
    [zero] استخدم { $count } حرف على الأقل؛ الجملة القصيرة تفي بالغرض
    [one] استخدم حرفًا واحدًا على الأقل؛ الجملة القصيرة تفي بالغرض
    [two] استخدم حرفين على الأقل؛ الجملة القصيرة تفي بالغرض
    [few] استخدم { $count } أحرف على الأقل؛ الجملة القصيرة تفي بالغرض
    [many] استخدم { $count } حرفًا على الأقل؛ الجملة القصيرة تفي بالغرض
   *[other] استخدم { $count } حرف على الأقل؛ الجملة القصيرة تفي بالغرض
}
rules-too-long = { $count ->
    [zero] استخدم { $count } حرف على الأكثر
    [one] استخدم حرفًا واحدًا على الأكثر
    [two] استخدم حرفين على الأكثر
    [few] استخدم { $count } أحرف على الأكثر
    [many] استخدم { $count } حرفًا على الأكثر
   *[other] استخدم { $count } حرف على الأكثر
}
rules-enter-your-name = أدخل اسمك
rules-enter-a-name = أدخل اسمًا
rules-enter-a-workspace-name = أدخل اسمًا لمساحة العمل
rules-no-control-characters = أزل فواصل الأسطر وأحرف التحكم الأخرى
rules-enter-an-email = أدخل عنوان بريد إلكتروني
rules-enter-a-valid-email = أدخل عنوان بريد إلكتروني صالحًا، مثل name@example.com
rules-common-password = كلمة المرور هذه مدرجة في قائمة كلمات المرور الشائعة؛ اختر كلمة مرور أخرى
rules-passwords-differ = كلمتا المرور غير متطابقتين

invitations-link-invalid = رابط الدعوة هذا لم يعد صالحًا. اطلب من أحد مسؤولي مساحة العمل إعادة إرساله.
invitations-too-many-addresses = { $count ->
    [zero] ادعُ { $count } عنوان على الأكثر في المرة الواحدة
    [one] ادعُ عنوانًا واحدًا على الأكثر في المرة الواحدة
    [two] ادعُ عنوانين على الأكثر في المرة الواحدة
    [few] ادعُ { $count } عناوين على الأكثر في المرة الواحدة
    [many] ادعُ { $count } عنوانًا على الأكثر في المرة الواحدة
   *[other] ادعُ { $count } عنوان على الأكثر في المرة الواحدة
}
invitations-already-member = المستخدم { $email } عضو بالفعل
invitations-already-invited = سبقت دعوة { $email } — أعد إرسال الدعوة بدلًا من ذلك
invitations-already-pending = هذه الدعوة لا تزال معلّقة
invitations-already-accepted = تم قبول هذه الدعوة بالفعل
invitations-already-cancelled = تم إلغاء هذه الدعوة بالفعل
invitations-already-expired = انتهت صلاحية هذه الدعوة بالفعل
invitations-signed-in-as-other = أنت مسجّل الدخول بحساب { $current }. سجّل الخروج وتابع للانضمام بحساب { $invitee }.
invitations-not-the-password = هذه ليست كلمة مرور الحساب { $email }
invitations-enter-code = أدخل الرمز الظاهر في تطبيق المصادقة، أو رمز استرداد
invitations-wrong-code = هذا الرمز غير صحيح. اكتب الرمز الذي يعرضه تطبيقك الآن، أو رمز استرداد لم تستخدمه من قبل.
invitations-account-just-created = تم للتو إنشاء حساب بهذا البريد الإلكتروني. سجّل الدخول به ثم افتح الرابط مجددًا.

users-last-admin = يجب أن يكون لمساحة العمل مسؤول واحد على الأقل

setup-already-done = تم إعداد Roster على هذا الخادم بالفعل. سجّل الدخول.
setup-enter-code = أدخل رمز الإعداد المطبوع في سجل الخادم
setup-wrong-code = رمز الإعداد هذا غير صحيح. انسخه من سجل بدء تشغيل الخادم.
workspace-name-taken = توجد بالفعل مساحة عمل باسم «{ $name }»
workspace-timezone-unknown = اختر منطقة زمنية من القائمة، مثل Africa/Kigali
workspace-two-factor-rule-unknown = اختر «لا أحد» أو «المسؤولون» أو «الجميع»
workspace-logged-out-by-admin = سجّل أحد المسؤولين خروجك من مساحة العمل هذه. سجّل الدخول مجددًا لفتحها.

rules-enter-your-password = أدخل كلمة المرور
rules-enter-current-password = أدخل كلمة المرور الحالية
rules-not-current-password = هذه ليست كلمة المرور الحالية
rules-new-passwords-differ = كلمتا المرور الجديدتان غير متطابقتين

rules-choose-a-role = اختر دورًا: مسؤول أو محرر أو وكيل
